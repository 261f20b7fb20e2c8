package vn.ansinh.casefile;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProcessingTime", description = "Processing time versus the legal deadline, per commune (plans ask for ≥ 10% faster)")
public record ProcessingTimeView(
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true) List<Commune> communes) {

    @Schema(name = "ProcessingTimeCommune", description = "One commune's decided applications in the period")
    public record Commune(
            @Schema(required = true, examples = "03688") String communeCode,
            @Schema(required = true, nullable = true, examples = "Xã Mường Chiên") String communeName,
            @Schema(required = true, examples = "12") int decided,
            @Schema(required = true, examples = "8.5", description = "Mean working days from submission to decision") double meanWorkingDays,
            @Schema(required = true, examples = "13.0", description = "Mean legal working days of the same applications") double meanLegalWorkingDays,
            @Schema(required = true, examples = "0.65", description = "meanWorkingDays / meanLegalWorkingDays") double ratio,
            @Schema(required = true, examples = "91.7", description = "Share decided within the legal deadline, %") double withinDeadlinePercent,
            @Schema(required = true, description = "At least 10% faster than the legal deadline on average (ratio ≤ 0.9)") boolean tenPercentFaster,
            @Schema(required = true, examples = "2", description = "Open applications past a due date today") int openOverdue) {
    }
}
