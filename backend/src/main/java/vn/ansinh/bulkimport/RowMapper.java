package vn.ansinh.bulkimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ansinh.shared.Messages;
import vn.ansinh.shared.VietnameseText;

/**
 * Turns the cells of the template (Vietnamese labels, dd/MM/yyyy dates) into the values of the
 * household feature's import rows (enum names, ISO dates). Only the spelling is checked here;
 * what the values mean (valid identification number, known commune, scope) is checked by the
 * household feature with the same rules as the API.
 */
final class RowMapper {

    static final Map<String, String> POVERTY = Map.of(
            "ngheo", "POOR", "ho ngheo", "POOR", "poor", "POOR",
            "can ngheo", "NEAR_POOR", "ho can ngheo", "NEAR_POOR", "near poor", "NEAR_POOR",
            "khong", "NONE", "none", "NONE");
    static final Map<String, String> SEX = Map.of("nam", "MALE", "male", "MALE", "nu", "FEMALE", "female", "FEMALE");
    static final Map<String, String> RELATION = Map.ofEntries(
            Map.entry("chu ho", "HEAD"), Map.entry("head", "HEAD"),
            Map.entry("vo chong", "SPOUSE"), Map.entry("vo", "SPOUSE"), Map.entry("chong", "SPOUSE"), Map.entry("spouse", "SPOUSE"),
            Map.entry("con", "CHILD"), Map.entry("child", "CHILD"),
            Map.entry("bo me", "PARENT"), Map.entry("bo", "PARENT"), Map.entry("me", "PARENT"), Map.entry("cha", "PARENT"),
            Map.entry("cha me", "PARENT"), Map.entry("parent", "PARENT"),
            Map.entry("chau", "GRANDCHILD"), Map.entry("grandchild", "GRANDCHILD"),
            Map.entry("ong ba", "GRANDPARENT"), Map.entry("ong", "GRANDPARENT"), Map.entry("ba", "GRANDPARENT"),
            Map.entry("grandparent", "GRANDPARENT"),
            Map.entry("anh chi em", "SIBLING"), Map.entry("anh", "SIBLING"), Map.entry("chi", "SIBLING"), Map.entry("em", "SIBLING"),
            Map.entry("sibling", "SIBLING"),
            Map.entry("ho hang khac", "OTHER_RELATIVE"), Map.entry("ho hang", "OTHER_RELATIVE"), Map.entry("other relative", "OTHER_RELATIVE"),
            Map.entry("khac", "OTHER"), Map.entry("other", "OTHER"));

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

    private final Messages messages;
    private final Locale locale;

    RowMapper(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** A households row, or null with the problems added to {@code issues}. */
    HouseholdLine household(SourceRow row, List<RowIssue> issues) {
        int before = issues.size();
        extraCells(row, issues);
        String status = label(row, ImportColumn.POVERTY_STATUS, POVERTY, "Nghèo, Cận nghèo, Không", issues);
        LocalDate validFrom = fullDate(row, ImportColumn.POVERTY_VALID_FROM, issues);
        if (issues.size() > before) {
            return null;
        }
        return new HouseholdLine(row.line(), text(row, ImportColumn.HOUSEHOLD_CODE), code(row, ImportColumn.HOUSEHOLD_COMMUNE, 5),
                text(row, ImportColumn.VILLAGE), text(row, ImportColumn.ADDRESS), status, validFrom,
                text(row, ImportColumn.POVERTY_DECISION));
    }

    /** A people row, or null with the problems added to {@code issues}. */
    PersonLine person(SourceRow row, List<RowIssue> issues) {
        int before = issues.size();
        extraCells(row, issues);
        String relation = label(row, ImportColumn.RELATION, RELATION,
                "Chủ hộ, Vợ/chồng, Con, Bố/mẹ, Cháu, Ông/bà, Anh/chị/em, Họ hàng khác, Khác", issues);
        String sex = label(row, ImportColumn.SEX, SEX, "Nam, Nữ", issues);
        String birthDate = birthDate(row, issues);
        if (issues.size() > before) {
            return null;
        }
        return new PersonLine(row.line(), text(row, ImportColumn.PERSON_HOUSEHOLD_CODE), code(row, ImportColumn.PERSON_COMMUNE, 5),
                relation, digits(row, ImportColumn.NATIONAL_ID), text(row, ImportColumn.FULL_NAME), birthDate, sex,
                code(row, ImportColumn.ETHNIC_GROUP, 2), digits(row, ImportColumn.PHONE));
    }

    private void extraCells(SourceRow row, List<RowIssue> issues) {
        if (row.extraCells() > 0) {
            issues.add(issue(row, null, "extra-cells", row.extraCells()));
        }
    }

    private static String text(SourceRow row, ImportColumn column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : VietnameseText.nfc(value);
    }

    /** A numeric code whose leading zeros a spreadsheet may have dropped: commune 3688 is 03688. */
    private static String code(SourceRow row, ImportColumn column, int length) {
        String value = text(row, column);
        if (value != null && value.length() < length && value.chars().allMatch(Character::isDigit)) {
            return "0".repeat(length - value.length()) + value;
        }
        return value;
    }

    /** Identification and phone numbers as typed, without the spaces, dots and dashes people group digits with. */
    private static String digits(SourceRow row, ImportColumn column) {
        String value = text(row, column);
        return value == null ? null : SEPARATORS.matcher(value).replaceAll("");
    }

    private String label(SourceRow row, ImportColumn column, Map<String, String> labels, String accepted, List<RowIssue> issues) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        String folded = VietnameseText.fold(value);
        String found = labels.get(folded);
        if (found == null) {
            String upper = value.strip().toUpperCase(Locale.ROOT);
            if (labels.containsValue(upper)) {
                return upper;
            }
            issues.add(issue(row, column, "unknown-value", value, accepted));
        }
        return found;
    }

    private LocalDate fullDate(SourceRow row, ImportColumn column, List<RowIssue> issues) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO_DAY.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException impossibleDate) {
            // reported below
        }
        issues.add(issue(row, column, "date-format", value));
        return null;
    }

    /** dd/MM/yyyy, MM/yyyy or yyyy (also ISO) to the API's reduced-precision form 1948-05-17, 1948-05 or 1948. */
    private String birthDate(SourceRow row, List<RowIssue> issues) {
        String value = text(row, ImportColumn.BIRTH_DATE);
        if (value == null) {
            return null;
        }
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).toString();
            }
            m = ISO_DAY.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
            }
            m = MONTH_YEAR.matcher(value);
            if (m.matches()) {
                return YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).toString();
            }
            m = ISO_MONTH.matcher(value);
            if (m.matches()) {
                return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).toString();
            }
            if (YEAR.matcher(value).matches()) {
                return value;
            }
        } catch (DateTimeException impossibleDate) {
            // reported below
        }
        issues.add(issue(row, ImportColumn.BIRTH_DATE, "birth-date-format", value));
        return null;
    }

    private RowIssue issue(SourceRow row, ImportColumn column, String code, Object... args) {
        String message = messages.text(locale, "import.row." + code, args);
        return new RowIssue(row.part(), row.line(), column == null ? null : column.field, code, message == null ? code : message);
    }

    /** A households row in the shape of the household feature's import contract. */
    record HouseholdLine(int line, String householdCode, String communeCode, String villageName, String address,
            String povertyStatus, LocalDate povertyValidFrom, String povertyDecisionNumber) {
    }

    /** A people row in the shape of the household feature's import contract. */
    record PersonLine(int line, String householdCode, String communeCode, String relationToHead, String nationalId,
            String fullName, String birthDate, String sex, String ethnicGroupCode, String phone) {
    }
}
