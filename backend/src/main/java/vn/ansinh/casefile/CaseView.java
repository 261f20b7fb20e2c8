package vn.ansinh.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.policy.EligibilityView;

/** An application with its documents, objections, timeline and deadlines. */
@Schema(name = "Case", description = "An application (hồ sơ) with its documents, objections, timeline and deadlines")
public record CaseView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID personId,
        @Schema(required = true, nullable = true, examples = "Lò Văn Đức") String personName,
        @Schema(required = true, examples = "14") String provinceCode,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true, examples = "ND176_SOCIAL_PENSION") String programmeCode,
        @Schema(required = true, examples = "ND176_75_PLUS") String groupCode,
        @Schema(required = true, nullable = true, description = "Vietnamese name of the group, if in force today") String groupName,
        @Schema(required = true) CaseStatus status,
        @Schema(required = true, nullable = true) Submitter submitter,
        @Schema(required = true, nullable = true, description = "Day the commune received it") LocalDate submittedOn,
        @Schema(required = true, nullable = true) LocalDate reviewStartedOn,
        @Schema(required = true, nullable = true, description = "The evaluator's explanation when the review started; "
                + "only for the commune's social worker and chairman (it may show HIV status)") EligibilityView eligibility,
        @Schema(required = true, nullable = true) LocalDate postingStart,
        @Schema(required = true, nullable = true, description = "Last day of the posting, inclusive") LocalDate postingEnd,
        @Schema(required = true, nullable = true) LocalDate proposedOn,
        @Schema(required = true, nullable = true) LocalDate decidedOn,
        @Schema(required = true, nullable = true, examples = "15/QĐ-UBND") String decisionNumber,
        @Schema(required = true, nullable = true) LocalDate decisionDate,
        @Schema(required = true, nullable = true) String signer,
        @Schema(required = true, nullable = true) String rejectionReason,
        @Schema(required = true, nullable = true) String withdrawalReason,
        @Schema(required = true, nullable = true, description = "The entitlement the approval created") UUID entitlementId,
        @Schema(required = true) List<DocumentView> documents,
        @Schema(required = true) List<ObjectionView> objections,
        @Schema(required = true) List<TimelineEntry> timeline,
        @Schema(required = true) DeadlineView deadlines,
        @Schema(required = true, description = "For If-Match", examples = "3") long version,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    @Schema(name = "CaseSubmitter", description = "Who brought the application")
    public record Submitter(
            @Schema(required = true) SubmitterKind kind,
            @Schema(required = true, nullable = true, examples = "Lò Thị Xuân") String name,
            @Schema(required = true, nullable = true, examples = "con gái") String relation) {
    }

    @Schema(name = "CaseDocument", description = "A paper of the application; the file (if any) at fileHref")
    public record DocumentView(
            @Schema(required = true) UUID id,
            @Schema(required = true) DocumentType type,
            @Schema(required = true, nullable = true, examples = "014048001234") String number,
            @Schema(required = true, nullable = true, examples = "Cục Cảnh sát QLHC về TTXH") String issuer,
            @Schema(required = true, nullable = true) LocalDate issuedOn,
            @Schema(required = true, nullable = true, examples = "cccd.pdf") String fileName,
            @Schema(required = true, nullable = true, examples = "application/pdf") String contentType,
            @Schema(required = true, nullable = true, examples = "182044") Long sizeBytes,
            @Schema(required = true, nullable = true) String sha256,
            @Schema(required = true, nullable = true, description = "Where to download the file") String fileHref,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "CaseObjection", description = "An objection to the public posting and its answer")
    public record ObjectionView(
            @Schema(required = true) UUID id,
            @Schema(required = true) LocalDate receivedOn,
            @Schema(required = true, nullable = true) String objector,
            @Schema(required = true) String content,
            @Schema(required = true, nullable = true) String answer,
            @Schema(required = true, nullable = true) LocalDate answeredOn,
            @Schema(required = true, nullable = true) String answeredBy,
            @Schema(required = true, description = "Answer due (10 working days)") LocalDate dueOn,
            @Schema(required = true) boolean overdue) {
    }

    @Schema(name = "CaseTimelineEntry", description = "One transition or action, in order")
    public record TimelineEntry(
            @Schema(required = true, examples = "submitted") String action,
            @Schema(required = true, nullable = true) CaseStatus fromStatus,
            @Schema(required = true, nullable = true) CaseStatus toStatus,
            @Schema(required = true, examples = "worker") String actor,
            @Schema(required = true, examples = "SOCIAL_WORKER") String actorRole,
            @Schema(required = true, nullable = true) String note,
            @Schema(required = true) Instant occurredAt) {
    }
}
