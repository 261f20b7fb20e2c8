package vn.ansinh.person;

import java.util.regex.Pattern;

import vn.ansinh.shared.VietnameseText;

/**
 * A full name as stored: NFC, trimmed, single spaces, 1 to 100 characters, no control characters.
 * Anything else is kept literally (apostrophes, angle brackets: names are data, never markup or SQL).
 */
public record PersonName(String value) {

    public static final int MAX_LENGTH = 100;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200C\\u200D]]");

    public PersonName {
        if (value == null || value.isEmpty()) {
            throw new InvalidValue("required");
        }
    }

    public static PersonName parse(String text) {
        if (text != null && CONTROL.matcher(text.replaceAll("[\\t\\r\\n]", " ")).find()) {
            throw new InvalidValue("control-characters");
        }
        String clean = VietnameseText.nfc(text);
        if (clean == null || clean.isEmpty()) {
            throw new InvalidValue("required");
        }
        if (clean.codePointCount(0, clean.length()) > MAX_LENGTH) {
            throw new InvalidValue("too-long", MAX_LENGTH);
        }
        return new PersonName(clean);
    }

    public String folded() {
        return VietnameseText.fold(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
