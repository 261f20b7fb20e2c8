package vn.ansinh.shared;

import java.util.List;
import java.util.Map;

/**
 * A rejection the API explains to its caller: a stable code, the HTTP status and the arguments
 * of its localised message. Features throw their own subclasses or this one; one mapper turns
 * every one of them into a {@link Problem}.
 */
public class ProblemException extends RuntimeException {

    private final String code;
    private final int status;
    private final transient Object[] args;
    private final transient List<FieldError> fieldErrors;
    private final transient Map<String, Object> extensions;
    private final transient Map<String, String> headers;

    public ProblemException(int status, String code, Object... args) {
        this(status, code, List.of(), Map.of(), Map.of(), args);
    }

    public ProblemException(int status, String code, List<FieldError> fieldErrors,
            Map<String, Object> extensions, Map<String, String> headers, Object... args) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.args = args;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.extensions = Map.copyOf(extensions);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException notFound(String code, Object... args) {
        return new ProblemException(404, code, args);
    }

    public static ProblemException conflict(String code, Object... args) {
        return new ProblemException(409, code, args);
    }

    /**
     * A request field that breaks a rule no annotation can express. The field message is the
     * localised text of {@code field.<fieldCode>}, formatted with {@code fieldArgs}.
     */
    public static ProblemException invalidField(String field, String fieldCode, Object... fieldArgs) {
        return new ProblemException(400, "validation.failed", List.of(new FieldError(field, fieldCode, null)),
                Map.of(FIELD_ARGS, Map.of(field, fieldArgs)), Map.of());
    }

    /**
     * Several invalid fields at once; each message is the localised text of
     * {@code field.<code>}, formatted with that field's arguments (if any).
     */
    public static ProblemException invalidFields(List<FieldError> errors, Map<String, Object[]> fieldArgs) {
        return new ProblemException(400, "validation.failed", errors,
                fieldArgs.isEmpty() ? Map.of() : Map.of(FIELD_ARGS, Map.copyOf(fieldArgs)), Map.of());
    }

    /** Extension key under which field message arguments travel to the mapper; never serialised. */
    static final String FIELD_ARGS = "__fieldArgs";

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Field errors whose message may still be null: the mapper localises them by their code. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
