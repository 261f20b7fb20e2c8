package vn.ansinh.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.person.NewPerson;

/** A household to register, with its members and poverty status if known. */
@Schema(name = "NewHousehold", description = "A household to register; members are registered in the same transaction "
        + "(exactly one with relationToHead HEAD when members are given)")
public record NewHousehold(
        @Schema(required = true, examples = "03688", pattern = "^\\d{5}$") String communeCode,
        @Schema(description = "A village of the commune (GET /villages)") UUID villageId,
        @Schema(required = true, examples = "Bản Nà Cài, xã Mường Chiên", minLength = 1, maxLength = 200) String address,
        @Schema(description = "The household's code; generated as `<commune code>-<6 digits>` when absent",
                examples = "03688-000123", pattern = "^[0-9A-Za-z][0-9A-Za-z./-]{0,19}$") String code,
        @Schema(description = "Poverty status by the commune's decision") InitialPovertyStatus povertyStatus,
        @Schema(description = "Members; their communeCode and householdId may be omitted") List<NewPerson> members) {

    public NewHousehold {
        members = members == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(members));
    }

    @Schema(name = "InitialPovertyStatus", description = "Poverty status of a new household")
    public record InitialPovertyStatus(
            @Schema(required = true) PovertyStatus status,
            @Schema(required = true, examples = "2025-01-01") LocalDate validFrom,
            @Schema(examples = "125/QĐ-UBND", maxLength = 60) String decisionNumber) {
    }
}
