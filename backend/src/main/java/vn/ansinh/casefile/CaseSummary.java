package vn.ansinh.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseSummary", description = "An application in a list")
public record CaseSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID personId,
        @Schema(required = true, nullable = true) String personName,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true, examples = "ND176_75_PLUS") String groupCode,
        @Schema(required = true) CaseStatus status,
        @Schema(required = true, nullable = true) LocalDate submittedOn,
        @Schema(required = true, nullable = true) LocalDate nextDueOn,
        @Schema(required = true) boolean overdue,
        @Schema(required = true) Instant updatedAt) {
}
