package vn.ansinh.calendar;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarYear", description = "A year of the working-day calendar: its days off and make-up working days")
public record CalendarYearView(
        @Schema(required = true, examples = "2026") int year,
        @Schema(required = true, description = "Whether the calendar holds this year (otherwise only weekends count)") boolean covered,
        @Schema(required = true, description = "Not (fully) announced yet: deadlines in it may move") boolean provisional,
        @Schema(required = true, examples = "247", description = "Working days in the year") int workingDays,
        @Schema(required = true) List<Day> days) {

    @Schema(name = "CalendarDay", description = "A weekday off, or a Saturday worked")
    public record Day(
            @Schema(required = true) LocalDate date,
            @Schema(required = true) DayKind kind,
            @Schema(required = true) boolean dayOff,
            @Schema(required = true, examples = "Tết Nguyên đán Bính Ngọ (Mùng 1 tháng Giêng)") String nameVi,
            @Schema(required = true, examples = "Lunar New Year's Day") String nameEn) {
    }
}
