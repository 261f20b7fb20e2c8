package vn.ansinh.household;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.person.HouseholdMember;

@Schema(name = "Household", description = "A household with its members and its poverty status on a date")
public record HouseholdView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "03688-000001") String code,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true) CommuneName commune,
        @Schema(required = true, nullable = true) UUID villageId,
        @Schema(required = true, nullable = true, examples = "Bản Nà Cài") String villageName,
        @Schema(required = true, examples = "Bản Nà Cài, xã Mường Chiên") String address,
        @Schema(required = true, nullable = true) Head head,
        @Schema(required = true) List<HouseholdMember> members,
        @Schema(required = true, nullable = true, description = "Status in force today (or on `on`); null when none recorded")
        PovertyStatusView povertyStatus,
        @Schema(required = true, description = "For If-Match", examples = "0") long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    @Schema(name = "HouseholdCommune", description = "The household's commune")
    public record CommuneName(
            @Schema(required = true, examples = "03688") String code,
            @Schema(required = true, examples = "Xã Mường Chiên") String name) {
    }

    @Schema(name = "HouseholdHead", description = "The head of a household")
    public record Head(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "Lò Văn Đức") String fullName) {
    }
}
