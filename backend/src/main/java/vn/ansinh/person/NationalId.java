package vn.ansinh.person;

import java.util.Optional;

/**
 * Personal identification number (số định danh cá nhân, domain §10): 12 digits = 3-digit code of
 * the province of birth registration + a century/sex digit (1900s: male 0, female 1; 2000s: 2/3;
 * 2100s: 4/5) + the last two digits of the birth year + 6 random digits.
 */
public record NationalId(String value) {

    public NationalId {
        if (value == null || !value.matches("\\d{12}")) {
            throw new InvalidValue("nationalId.format");
        }
    }

    /** Parses a number as typed (spaces and dots allowed between digit groups). */
    public static NationalId parse(String text) {
        if (text == null) {
            throw new InvalidValue("nationalId.format");
        }
        return new NationalId(text.replaceAll("[\\s.]", ""));
    }

    /** The first code this number breaks given the person's sex and birth date, if any. */
    public Optional<String> inconsistencyWith(Sex sex, BirthDate birthDate) {
        int centuryDigit = value.charAt(3) - '0';
        // Only 0–5 occur for people alive today (1900s to 2100s); 6–9 would be 2200s or 1800s.
        if (centuryDigit > 5) {
            return Optional.of("nationalId.century");
        }
        if (sex != null && (centuryDigit % 2 == 0) != (sex == Sex.MALE)) {
            return Optional.of("nationalId.sex");
        }
        if (birthDate != null) {
            int century = 1900 + 100 * (centuryDigit / 2);
            if (birthDate.year() / 100 * 100 != century) {
                return Optional.of("nationalId.century");
            }
            if (Integer.parseInt(value.substring(4, 6)) != birthDate.year() % 100) {
                return Optional.of("nationalId.birthYear");
            }
        }
        return Optional.empty();
    }

    /** The first three and last two digits, the rest hidden: {@code 001*******23}. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(7) + value.substring(10);
    }

    @Override
    public String toString() {
        return value;
    }
}
