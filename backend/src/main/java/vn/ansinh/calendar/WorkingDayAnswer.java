package vn.ansinh.calendar;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkingDayAnswer", description = "A date some working days after another")
public record WorkingDayAnswer(
        @Schema(required = true, examples = "2026-02-13") LocalDate from,
        @Schema(required = true, examples = "7") int workingDays,
        @Schema(required = true, examples = "2026-03-03") LocalDate date,
        @Schema(required = true, description = "The answer crosses a year whose schedule is not announced") boolean provisional) {
}
