package vn.ansinh.household;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HouseholdSummary", description = "A household in a list")
public record HouseholdSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "03688-000001") String code,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true, nullable = true) UUID villageId,
        @Schema(required = true, nullable = true, examples = "Bản Nà Cài") String villageName,
        @Schema(required = true, examples = "Bản Nà Cài, xã Mường Chiên") String address,
        @Schema(required = true, nullable = true) HouseholdView.Head head,
        @Schema(required = true, nullable = true, description = "Status in force today") PovertyStatus povertyStatus) {
}
