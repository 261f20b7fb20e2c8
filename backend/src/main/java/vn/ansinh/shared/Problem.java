package vn.ansinh.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem: every error the API answers has this shape, with a stable {@code code}
 * that clients can rely on and a message in Vietnamese or English.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, with a stable `code` and field errors")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, description = "URI naming the kind of problem", examples = "urn:ansinh:problem:validation.failed")
        String type,
        @Schema(required = true, description = "Short summary, localised", examples = "Dữ liệu không hợp lệ")
        String title,
        @Schema(required = true, description = "HTTP status", examples = "400")
        int status,
        @Schema(description = "Explanation of this occurrence, localised", examples = "Một số trường không hợp lệ.")
        String detail,
        @Schema(description = "The request path", examples = "/api/v1/auth/login")
        String instance,
        @Schema(required = true, description = "Stable machine-readable code", examples = "validation.failed")
        String code,
        @Schema(description = "Invalid fields, when the problem is about the request's content")
        List<FieldError> errors,
        @JsonIgnore
        Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    public static String typeOf(String code) {
        return "urn:ansinh:problem:" + code;
    }

    /** Extra members, e.g. {@code retryAfterSeconds}; serialised at the top level as RFC 9457 allows. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }
}
