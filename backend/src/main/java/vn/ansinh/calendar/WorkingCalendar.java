package vn.ansinh.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Working days for legal deadlines (domain §2, §5): weekends, public holidays, Tết, swapped and
 * compensating days, make-up working Saturdays, per year as data. Answers from an in-memory
 * snapshot of the tables, read at start-up (the calendar changes a few times a year, by a new file).
 */
@ApplicationScoped
public class WorkingCalendar {

    @Inject
    CalendarDayRepository days;

    @Inject
    CalendarYearRepository years;

    private volatile WorkingDays snapshot;

    @Transactional
    void reload() {
        Map<LocalDate, DayKind> byDay = new HashMap<>();
        List<CalendarDay> rows = days.findAllInOrder();
        rows.forEach(row -> byDay.put(row.day, row.kind));
        List<CalendarYear> held = years.listAll();
        snapshot = new WorkingDays(byDay, held.stream().map(y -> y.year).collect(Collectors.toSet()),
                held.stream().filter(y -> y.provisional).map(y -> y.year).collect(Collectors.toSet()));
    }

    private WorkingDays snapshot() {
        WorkingDays current = snapshot;
        if (current == null) {
            reload();
            current = snapshot;
        }
        return current;
    }

    public boolean isWorkingDay(LocalDate date) {
        return snapshot().isWorkingDay(date);
    }

    /** The day {@code count} working days after {@code from} (not counting {@code from}); before it when negative. */
    public LocalDate addWorkingDays(LocalDate from, int count) {
        return snapshot().add(from, count);
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return snapshot().between(from, to);
    }

    /** Whether a date lies in a year whose schedule is not (fully) announced or not held at all. */
    public boolean isProvisional(LocalDate date) {
        return snapshot().isProvisional(date);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarYearView year(int year) {
        WorkingDays current = snapshot();
        List<CalendarYearView.Day> listed = days.findAllInOrder().stream().filter(d -> d.day.getYear() == year)
                .map(d -> new CalendarYearView.Day(d.day, d.kind, d.kind.isDayOff(), d.nameVi, d.nameEn)).toList();
        int working = current.between(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
        return new CalendarYearView(year, current.covers(year), current.isProvisional(LocalDate.of(year, 1, 1)), working, listed);
    }

    Set<Integer> heldYears() {
        return snapshot().years();
    }
}
