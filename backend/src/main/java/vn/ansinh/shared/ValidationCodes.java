package vn.ansinh.shared;

import java.util.Map;

/** Stable codes for the Bean Validation constraints a request can break. */
final class ValidationCodes {

    private static final Map<String, String> BY_ANNOTATION = Map.ofEntries(
            Map.entry("NotNull", "required"),
            Map.entry("NotBlank", "required"),
            Map.entry("NotEmpty", "required"),
            Map.entry("Size", "size"),
            Map.entry("Length", "size"),
            Map.entry("Pattern", "pattern"),
            Map.entry("Min", "min"),
            Map.entry("DecimalMin", "min"),
            Map.entry("Positive", "positive"),
            Map.entry("PositiveOrZero", "positive-or-zero"),
            Map.entry("Max", "max"),
            Map.entry("DecimalMax", "max"),
            Map.entry("Email", "email"),
            Map.entry("Past", "past"),
            Map.entry("PastOrPresent", "past-or-present"),
            Map.entry("Future", "future"),
            Map.entry("FutureOrPresent", "future-or-present"));

    private ValidationCodes() {
    }

    static String codeOf(String annotationSimpleName) {
        String code = BY_ANNOTATION.get(annotationSimpleName);
        if (code != null) {
            return code;
        }
        // A constraint of our own: its name in kebab case (ValidNationalId → valid-national-id)
        return annotationSimpleName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
