package vn.ansinh.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkQueueItem", description = "Something the caller has to do, with its due date")
public record WorkQueueItem(
        @Schema(required = true, description = "SUBMIT, REVIEW, POST, ANSWER_OBJECTION, PROPOSE, DECIDE, ANSWER_PROPOSAL")
        String action,
        @Schema(required = true, nullable = true) UUID caseId,
        @Schema(required = true, nullable = true, description = "For ANSWER_PROPOSAL") UUID proposalId,
        @Schema(required = true, nullable = true, description = "For ANSWER_PROPOSAL") UUID entitlementId,
        @Schema(required = true, nullable = true) UUID objectionId,
        @Schema(required = true, nullable = true) String personName,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true, examples = "ND176_75_PLUS") String groupCode,
        @Schema(required = true, nullable = true) CaseStatus status,
        @Schema(required = true, nullable = true) LocalDate dueOn,
        @Schema(required = true, nullable = true, description = "Working days left (negative: late)") Integer workingDaysLeft,
        @Schema(required = true) boolean overdue) {
}
