package vn.ansinh.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Working-day arithmetic over one snapshot of the calendar. A day works when it is Monday to
 * Friday and not a day off, or when it is a make-up working Saturday. Years the calendar does not
 * hold count weekends only (and are reported as not covered).
 */
record WorkingDays(Map<LocalDate, DayKind> days, Set<Integer> years, Set<Integer> provisionalYears) {

    WorkingDays {
        days = Map.copyOf(days);
        years = Set.copyOf(years);
        provisionalYears = Set.copyOf(provisionalYears);
    }

    boolean isWorkingDay(LocalDate date) {
        DayKind kind = days.get(date);
        if (kind != null) {
            return !kind.isDayOff();
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * The day {@code count} working days after {@code from} (the day itself not counted), or before
     * it when {@code count} is negative. Zero answers {@code from}.
     */
    LocalDate add(LocalDate from, int count) {
        int step = count < 0 ? -1 : 1;
        int left = Math.abs(count);
        LocalDate day = from;
        while (left > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    boolean covers(int year) {
        return years.contains(year);
    }

    /** Dates in a year the calendar does not hold, or holds provisionally, may move. */
    boolean isProvisional(LocalDate date) {
        return !years.contains(date.getYear()) || provisionalYears.contains(date.getYear());
    }
}
