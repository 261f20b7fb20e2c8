package vn.ansinh.person;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person in a list: never facts. */
@Schema(name = "PersonSummary", description = "A person in a list or search result (never facts)")
public record PersonSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Nguyễn Văn Đức") String fullName,
        @Schema(required = true, description = "Reduced-precision ISO 8601", examples = "1948") String birthDate,
        @Schema(required = true) Sex sex,
        @Schema(required = true, nullable = true, description = "Masked for AUDITOR", examples = "014084001234") String nationalId,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true, nullable = true, examples = "03688-000001") String householdCode,
        @Schema(required = true, nullable = true, examples = "Bản Nà Cài") String villageName) {
}
