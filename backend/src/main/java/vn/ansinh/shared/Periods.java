package vn.ansinh.shared;

import java.time.LocalDate;

/**
 * Day periods of dated histories (facts, poverty status, area attributes): both ends inclusive, a null end
 * meaning "still in force". One definition, so every history answers "in force on" and "overlaps" alike.
 */
public final class Periods {

    private Periods() {
    }

    /** Whether {@code date} falls within [from, to]. */
    public static boolean contains(LocalDate from, LocalDate to, LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** Whether [from, to] and [otherFrom, otherTo] share at least one day. */
    public static boolean overlap(LocalDate from, LocalDate to, LocalDate otherFrom, LocalDate otherTo) {
        return (to == null || !otherFrom.isAfter(to)) && (otherTo == null || !otherTo.isBefore(from));
    }

    /** Whether an open period that began on {@code from} can end the day before {@code nextFrom}. */
    public static boolean closableBy(LocalDate from, LocalDate to, LocalDate nextFrom) {
        return to == null && from.isBefore(nextFrom);
    }
}
