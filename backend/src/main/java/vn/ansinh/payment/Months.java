package vn.ansinh.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import vn.ansinh.shared.ProblemException;

/** Months: DATE (first day) in the database, {@code 2026-11} in the API. */
final class Months {

    private Months() {
    }

    static String format(LocalDate month) {
        return month == null ? null : YearMonth.from(month).toString();
    }

    static LocalDate parse(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip()).atDay(1);
        } catch (DateTimeParseException notAMonth) {
            throw ProblemException.invalidField(field, "payment.month-format");
        }
    }
}
