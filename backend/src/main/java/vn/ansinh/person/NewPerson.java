package vn.ansinh.person;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person to register, alone or as a member of a new household. */
@Schema(name = "NewPerson", description = "A person to register. As a member of a new household, `communeCode` and "
        + "`householdId` may be omitted (the household's are used) and `relationToHead` is required.")
public record NewPerson(
        @Schema(description = "Commune the person is registered in (must be in the caller's scope); required for POST /people, "
                + "may be omitted for members of a new household",
                examples = "03688", pattern = "^\\d{5}$") String communeCode,
        @Schema(description = "Household to join (same commune)") UUID householdId,
        @Schema(description = "Relation to the head of the household; required with a household") RelationToHead relationToHead,
        @Schema(description = "Personal identification number: 12 digits, the 4th consistent with sex and century, "
                + "the 5th–6th with the birth year; optional (infants), unique when present",
                examples = "014084001234", pattern = "^\\d{12}$") String nationalId,
        @Schema(required = true, description = "Full name, stored NFC; 1–100 characters", examples = "Lò Văn Đức",
                minLength = 1, maxLength = 100) String fullName,
        @Schema(required = true, description = "Reduced-precision ISO 8601: `1948`, `1948-05` or `1948-05-17`; "
                + "not in the future, not before 1900", examples = "1948-05-17", pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$")
        String birthDate,
        @Schema(required = true) Sex sex,
        @Schema(required = true, description = "Code of one of the 54 ethnic groups (GET /ethnic-groups)", examples = "03",
                pattern = "^\\d{2}$") String ethnicGroupCode,
        @Schema(description = "Mobile or landline", examples = "0912345678", pattern = "^(0|\\+84)\\d{9,10}$") String phone,
        @Schema(description = "Account for account payments") PayoutAccount payoutAccount,
        @Schema(description = "Ids of look-alike people (same name and birth date) the caller confirms are different people; "
                + "recorded with the person and in the audit trail") List<UUID> confirmedDistinctFrom) {

    public NewPerson {
        confirmedDistinctFrom = confirmedDistinctFrom == null ? List.of() : List.copyOf(confirmedDistinctFrom);
    }

    NewPerson inHousehold(String householdCommune, UUID household) {
        return new NewPerson(communeCode == null ? householdCommune : communeCode, household, relationToHead, nationalId,
                fullName, birthDate, sex, ethnicGroupCode, phone, payoutAccount, confirmedDistinctFrom);
    }
}
