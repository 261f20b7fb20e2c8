package vn.ansinh.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date known to the day, the month or only the year. Stored as the first day of the
 * unknown part plus the precision; written in reduced-precision ISO 8601 ({@code 1948},
 * {@code 1948-05}, {@code 1948-05-17}) and shown as {@code 1948}, {@code 05/1948}, {@code 17/05/1948}.
 * See docs/adr/0008-birth-date-precision.md.
 */
public record BirthDate(LocalDate date, BirthDatePrecision precision) {

    static final int EARLIEST_YEAR = 1900;
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern VIETNAMESE = Pattern.compile("(?:(?:(\\d{1,2})/)?(\\d{1,2})/)?(\\d{4})");

    public BirthDate {
        if (precision == BirthDatePrecision.YEAR && (date.getMonthValue() != 1 || date.getDayOfMonth() != 1)
                || precision == BirthDatePrecision.MONTH && date.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("A reduced-precision birth date is stored as the first day of its period");
        }
    }

    /** Parses {@code 1948}, {@code 1948-05} or {@code 1948-05-17}, and refuses dates after {@code today} or before 1900. */
    public static BirthDate parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue("required");
        }
        Matcher iso = ISO.matcher(text.strip());
        if (!iso.matches()) {
            throw new InvalidValue("birthDate.format");
        }
        return of(iso.group(1), iso.group(2), iso.group(3), today);
    }

    /** Parses the forms of the import template ({@code 17/05/1948}, {@code 05/1948}, {@code 1948}) as well as ISO. */
    public static BirthDate parseAny(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue("required");
        }
        Matcher vietnamese = VIETNAMESE.matcher(text.strip());
        if (vietnamese.matches()) {
            return of(vietnamese.group(3), pad(vietnamese.group(2)), pad(vietnamese.group(1)), today);
        }
        return parse(text, today);
    }

    private static String pad(String part) {
        return part == null ? null : part.length() == 1 ? "0" + part : part;
    }

    private static BirthDate of(String year, String month, String day, LocalDate today) {
        BirthDate birth;
        try {
            int y = Integer.parseInt(year);
            if (month == null) {
                birth = new BirthDate(LocalDate.of(y, 1, 1), BirthDatePrecision.YEAR);
            } else if (day == null) {
                birth = new BirthDate(LocalDate.of(y, Integer.parseInt(month), 1), BirthDatePrecision.MONTH);
            } else {
                birth = new BirthDate(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)), BirthDatePrecision.DAY);
            }
        } catch (DateTimeException impossible) {
            throw new InvalidValue("birthDate.format");
        }
        if (birth.year() < EARLIEST_YEAR) {
            throw new InvalidValue("birthDate.too-early", EARLIEST_YEAR);
        }
        if (birth.date.isAfter(today)) {
            throw new InvalidValue("birthDate.future");
        }
        return birth;
    }

    public static BirthDate stored(LocalDate date, BirthDatePrecision precision) {
        return new BirthDate(date, precision);
    }

    public int year() {
        return date.getYear();
    }

    /** Reduced-precision ISO 8601, the API form. */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format("%04d", date.getYear());
            case MONTH -> YearMonth.from(date).toString();
            case DAY -> date.toString();
        };
    }

    /** The Vietnamese display form. */
    public String display() {
        return switch (precision) {
            case YEAR -> String.format("%04d", date.getYear());
            case MONTH -> String.format("%02d/%04d", date.getMonthValue(), date.getYear());
            case DAY -> String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        };
    }

    /**
     * Whole years of age on a date, counted from the first day of the known period: a person born
     * "1948" is 75 from 1 January 2023 (ADR 0008).
     */
    public int ageOn(LocalDate day) {
        return day.isBefore(date) ? 0 : Period.between(date, day).getYears();
    }

    /** Whether two birth dates may be the same day, compared at the coarser of the two precisions. */
    public boolean mayBeSameAs(BirthDate other) {
        BirthDatePrecision coarser = precision.ordinal() >= other.precision.ordinal() ? precision : other.precision;
        return switch (coarser) {
            case YEAR -> year() == other.year();
            case MONTH -> YearMonth.from(date).equals(YearMonth.from(other.date));
            case DAY -> date.equals(other.date);
        };
    }

    @Override
    public String toString() {
        return iso();
    }
}
