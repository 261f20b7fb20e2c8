package vn.ansinh.payment;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PayrollRun", description = "A payroll generation job with its progress: communes done of the communes to generate (0 until it starts)")
public record PayrollRunView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "14") String provinceCode,
        @Schema(nullable = true, description = "Null: the whole province", examples = "03688") String communeCode,
        @Schema(required = true, examples = "2026-12") String month,
        @Schema(required = true, enumeration = { "QUEUED", "RUNNING", "DONE", "FAILED" }) String status,
        @Schema(required = true, examples = "3") int done,
        @Schema(required = true, examples = "75") int total,
        @Schema(required = true, description = "Payrolls this run created", examples = "1") int payrollsCreated,
        @Schema(required = true, description = "Lines this run added", examples = "412") int linesCreated,
        @Schema(nullable = true) String failure,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt) {
}
