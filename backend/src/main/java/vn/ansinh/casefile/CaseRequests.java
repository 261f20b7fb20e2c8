package vn.ansinh.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the application workflow. */
public final class CaseRequests {

    private CaseRequests() {
    }

    @Schema(name = "NewCase", description = "A draft application for a registered person")
    public record NewCase(
            @Schema(required = true) @NotNull UUID personId,
            @Schema(required = true, examples = "ND176_75_PLUS", description = "The requested group; its programme follows") String groupCode) {
    }

    @Schema(name = "CaseSubmission", description = "Who brought the application and the day the commune received it")
    public record Submission(
            @Schema(required = true) @NotNull SubmitterKind submitterKind,
            @Schema(description = "Required unless PERSON", examples = "Lò Thị Xuân") String submitterName,
            @Schema(description = "How the relative is related, or the organisation's role", examples = "con gái") String submitterRelation,
            @Schema(description = "Default: today", examples = "2026-11-23") LocalDate submittedOn) {
    }

    @Schema(name = "CasePosting", description = "The public posting; default from today for the legal number of working days")
    public record Posting(
            @Schema(examples = "2026-11-24") LocalDate start,
            @Schema(description = "Last day, inclusive; default: start + 2 working days (start counted)") LocalDate end) {
    }

    @Schema(name = "NewObjection", description = "An objection received about a posted application")
    public record NewObjection(
            @Schema(description = "Default: today") LocalDate receivedOn,
            @Schema(examples = "Trưởng bản Nà Cài") String objector,
            @Schema(required = true, examples = "Ông Đức có lương hưu") String content) {
    }

    @Schema(name = "ObjectionAnswer")
    public record ObjectionAnswer(
            @Schema(required = true, examples = "Đã kiểm tra: ông Đức không hưởng lương hưu") String answer) {
    }

    @Schema(name = "CaseApproval", description = "The decision granting the allowance")
    public record Approval(
            @Schema(required = true, examples = "15/QĐ-UBND") String decisionNumber,
            @Schema(required = true, examples = "2026-12-01") @NotNull LocalDate decisionDate,
            @Schema(required = true, examples = "Lường Văn Hùng") String signer) {
    }

    @Schema(name = "CaseRejection", description = "The decision refusing the allowance; a reason is required")
    public record Rejection(
            @Schema(required = true, examples = "Đang hưởng lương hưu") String reason,
            @Schema(examples = "16/QĐ-UBND") String decisionNumber,
            @Schema(description = "Default: today") LocalDate decisionDate,
            @Schema(examples = "Lường Văn Hùng") String signer) {
    }

    @Schema(name = "CaseWithdrawal")
    public record Withdrawal(
            @Schema(examples = "Người nộp rút hồ sơ") String reason) {
    }

    @Schema(name = "NewCaseDocument", description = "A paper of the application; upload its file separately")
    public record NewDocument(
            @Schema(required = true) @NotNull DocumentType type,
            @Schema(examples = "014048001234") String number,
            @Schema(examples = "Cục Cảnh sát QLHC về TTXH") String issuer,
            @Schema(examples = "2021-05-10") LocalDate issuedOn) {
    }

    @Schema(name = "BulkDecision", description = "Several decisions at once; each item is decided (or refused) on its own")
    public record BulkDecision(
            @Schema(required = true) @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull Item> items) {

        @Schema(name = "BulkDecisionItem")
        public record Item(
                @Schema(required = true) @NotNull UUID caseId,
                @Schema(required = true, description = "APPROVE or REJECT", examples = "APPROVE") @NotNull String decision,
                @Schema(examples = "15/QĐ-UBND") String decisionNumber,
                @Schema(examples = "2026-12-01") LocalDate decisionDate,
                @Schema(examples = "Lường Văn Hùng") String signer,
                @Schema(description = "Required for REJECT") String reason) {
        }
    }

    @Schema(name = "BulkDecisionResult", description = "One answer per item, in order")
    public record BulkResult(@Schema(required = true) List<ItemResult> items) {

        @Schema(name = "BulkDecisionItemResult")
        public record ItemResult(
                @Schema(required = true) UUID caseId,
                @Schema(required = true, examples = "200", description = "HTTP status this item would have had alone") int status,
                @Schema(required = true, nullable = true, examples = "case.illegal-transition") String code,
                @Schema(required = true, nullable = true) CaseStatus caseStatus,
                @Schema(required = true, nullable = true) UUID entitlementId) {
        }
    }
}
