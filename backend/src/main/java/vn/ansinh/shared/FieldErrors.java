package vn.ansinh.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects the invalid fields of one request (or one imported row) so that the caller hears of
 * all of them at once, each with a stable code whose message is {@code field.<code>}.
 */
public final class FieldErrors {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200C\\u200D]]");

    private final String prefix;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, Object[]> args = new LinkedHashMap<>();

    public FieldErrors() {
        this("");
    }

    /** Errors of a nested object: fields are named {@code prefix + field} (e.g. {@code members[1].}). */
    public FieldErrors(String prefix) {
        this.prefix = prefix;
    }

    public FieldErrors add(String field, String code, Object... fieldArgs) {
        String path = prefix + field;
        errors.add(new FieldError(path, code, null));
        if (fieldArgs != null && fieldArgs.length > 0) {
            args.put(path, fieldArgs);
        }
        return this;
    }

    public void addAll(FieldErrors other) {
        errors.addAll(other.errors);
        args.putAll(other.args);
    }

    public boolean has(String field) {
        String path = prefix + field;
        return errors.stream().anyMatch(error -> error.field().equals(path));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public Object[] argsOf(FieldError error) {
        return args.getOrDefault(error.field(), new Object[0]);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors, args);
        }
    }

    /**
     * A text field: NFC, trimmed, inner white space collapsed; null when blank. Refuses control
     * characters and more than {@code maxLength} characters; {@code required} refuses blank.
     */
    public String text(String field, String value, int maxLength, boolean required) {
        if (value != null && CONTROL.matcher(value.replaceAll("[\\t\\r\\n]", " ")).find()) {
            add(field, "control-characters");
            return null;
        }
        String clean = VietnameseText.nfc(value);
        if (clean == null || clean.isEmpty()) {
            if (required) {
                add(field, "required");
            }
            return null;
        }
        if (clean.codePointCount(0, clean.length()) > maxLength) {
            add(field, "too-long", maxLength);
            return null;
        }
        return clean;
    }

    /** An enum value by name (case-insensitive); null when blank; an error listing the accepted values otherwise. */
    public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            add(field, "unknown-value",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    public <T> T required(String field, T value) {
        if (value == null) {
            add(field, "required");
        }
        return value;
    }
}
