package vn.ansinh.benefit;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reevaluation", description = "A monthly re-evaluation job: poll it for its progress")
public record ReevaluationView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "14") String provinceCode,
        @Schema(required = true) YearMonth month,
        @Schema(required = true, description = "RUNNING, DONE, FAILED or INTERRUPTED (run it again: it is idempotent)") String status,
        @Schema(required = true, examples = "120") int done,
        @Schema(required = true, examples = "400") int total,
        @Schema(required = true, description = "Automatic changes applied (terminations, new groups, new amounts)") int applied,
        @Schema(required = true, description = "Changes proposed to the approver") int proposed,
        @Schema(required = true, nullable = true) String error,
        @Schema(required = true) String startedBy,
        @Schema(required = true) Instant startedAt,
        @Schema(required = true, nullable = true) Instant finishedAt) {

    static ReevaluationView of(ReevaluationJob job) {
        return new ReevaluationView(job.id, job.provinceCode, job.month(), job.status, job.done, job.total, job.applied, job.proposed,
                job.error, job.startedBy, job.startedAt, job.finishedAt);
    }
}
