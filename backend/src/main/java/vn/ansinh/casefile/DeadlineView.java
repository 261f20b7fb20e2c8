package vn.ansinh.casefile;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The legal deadlines of an application, step by step, in working days. */
@Schema(name = "CaseDeadlines", description = "Each step's legal deadline in working days, its due date and whether it is overdue")
public record DeadlineView(
        @Schema(required = true, nullable = true, description = "Decision due: submission + the legal working days of every step")
        LocalDate legalDueOn,
        @Schema(required = true, examples = "13", description = "Legal working days from submission to decision") int legalWorkingDays,
        @Schema(required = true, nullable = true, description = "Working days used so far (to the decision, or to today)") Integer workingDaysUsed,
        @Schema(required = true, nullable = true, description = "Due date of the step now open") LocalDate nextDueOn,
        @Schema(required = true, description = "Some step is (or was) late") boolean overdue,
        @Schema(required = true, description = "A due date lies in a year whose holidays are not announced yet") boolean provisional,
        @Schema(required = true) List<Step> steps) {

    @Schema(name = "CaseDeadlineStep", description = "One step's deadline")
    public record Step(
            @Schema(required = true, examples = "REVIEW", description = "REVIEW (review and posting), PROPOSAL, DECISION") String step,
            @Schema(required = true, examples = "7") int workingDays,
            @Schema(required = true) String legalBasis,
            @Schema(required = true, description = "The figure is confirmed in the law (post-2025 figures are not)") boolean verified,
            @Schema(required = true, nullable = true, description = "When the step's clock started") LocalDate startedOn,
            @Schema(required = true, nullable = true) LocalDate dueOn,
            @Schema(required = true, nullable = true) LocalDate doneOn,
            @Schema(required = true) boolean overdue) {
    }
}
