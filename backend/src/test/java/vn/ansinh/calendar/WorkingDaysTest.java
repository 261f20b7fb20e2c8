package vn.ansinh.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic over the shipped holidays of 2025–2027. */
class WorkingDaysTest {

    private static WorkingDays calendar;

    @BeforeAll
    static void readTheShippedFile() throws IOException {
        Map<LocalDate, DayKind> days = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        Set<Integer> provisional = new HashSet<>();
        try (var reader = new InputStreamReader(WorkingDaysTest.class.getResourceAsStream("/" + CalendarLoader.FILE),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                LocalDate day = LocalDate.parse(row.get("date"));
                days.put(day, DayKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)));
                years.add(day.getYear());
                if (row.get("source").contains("not yet announced")) {
                    provisional.add(day.getYear());
                }
            }
        }
        calendar = new WorkingDays(days, years, provisional);
    }

    @Test
    void sevenWorkingDaysFromTheFridayBeforeTet2026SkipTheWholeBreak() {
        // Tết Bính Ngọ: Mon 16 – Fri 20 Feb 2026 off, with the weekends around it nine days in all.
        assertThat(calendar.add(LocalDate.of(2026, 2, 13), 7)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(calendar.between(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 23))).isEqualTo(1);
    }

    @Test
    void tet2025FallsInJanuary() {
        // Tết Ất Tỵ: Mon 27 – Fri 31 Jan 2025.
        assertThat(calendar.add(LocalDate.of(2025, 1, 24), 2)).isEqualTo(LocalDate.of(2025, 2, 4));
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 29))).isFalse();
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayAndTheSwappedFridayIsNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 17))).isFalse();
        // 31 Dec 2025 (Wed) + 2 working days: 1 and 2 Jan off, 3–4 weekend, 5 Jan (1), 6 Jan (2)
        assertThat(calendar.add(LocalDate.of(2025, 12, 31), 2)).isEqualTo(LocalDate.of(2026, 1, 6));
    }

    @Test
    void aCompensatingDayAfterAHolidayOnSundayIsOff() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(calendar.add(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void countingBackwardsMirrorsCountingForwards() {
        LocalDate due = calendar.add(LocalDate.of(2026, 2, 10), 10);
        assertThat(calendar.add(due, -10)).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(calendar.between(due, LocalDate.of(2026, 2, 10))).isEqualTo(-10);
        assertThat(calendar.add(LocalDate.of(2026, 2, 10), 0)).isEqualTo(LocalDate.of(2026, 2, 10));
    }

    @Test
    void the2027ScheduleIsProvisionalAndUnknownYearsCountWeekendsOnly() {
        assertThat(calendar.isProvisional(LocalDate.of(2027, 2, 6))).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(calendar.isProvisional(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(calendar.add(LocalDate.of(2030, 1, 4), 1)).isEqualTo(LocalDate.of(2030, 1, 7));
    }

    @Test
    void theShippedHolidaysEqualSharedData() throws IOException {
        Path shared = Path.of("../../shared/data/public-holidays.csv");
        assumeTrue(Files.exists(shared), "shared/data is not beside the repository");
        assertThat(Files.readAllBytes(Path.of("src/main/resources/" + CalendarLoader.FILE)))
                .as("public-holidays.csv differs from shared/data: run make reference-data").isEqualTo(Files.readAllBytes(shared));
    }
}
