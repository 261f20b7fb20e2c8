package vn.ansinh.person;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member as a household page lists them. */
@Schema(name = "HouseholdMember", description = "A member of a household")
public record HouseholdMember(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Lò Văn Đức") String fullName,
        @Schema(required = true, nullable = true) RelationToHead relationToHead,
        @Schema(required = true, examples = "1948") String birthDate,
        @Schema(required = true) Sex sex) {
}
