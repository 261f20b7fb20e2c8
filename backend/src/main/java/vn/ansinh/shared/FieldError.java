package vn.ansinh.shared;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: where, what rule it broke (stable), and a localised message. */
@Schema(name = "FieldError", description = "One invalid field of a request")
public record FieldError(
        @Schema(required = true, description = "JSON path of the field, e.g. `username` or `members[0].birthDate`", examples = "username")
        String field,
        @Schema(required = true, description = "Stable code of the broken rule", examples = "required")
        String code,
        @Schema(required = true, description = "Message in the language asked for by Accept-Language", examples = "Không được để trống")
        String message) {
}
