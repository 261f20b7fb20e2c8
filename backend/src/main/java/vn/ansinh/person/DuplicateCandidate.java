package vn.ansinh.person;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An existing person a new one may duplicate (member {@code candidates} of a {@code person.possible-duplicate} problem). */
@Schema(name = "DuplicateCandidate", description = "An existing person that a new one may duplicate")
public record DuplicateCandidate(
        @Schema(required = true) UUID id,
        @Schema(required = true) String fullName,
        @Schema(required = true, examples = "1948") String birthDate,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true, nullable = true, examples = "Xã Mường Chiên") String communeName,
        @Schema(required = true, nullable = true, examples = "03688-000001") String householdCode) {
}
