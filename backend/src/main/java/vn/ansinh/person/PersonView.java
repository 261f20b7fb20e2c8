package vn.ansinh.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as the person page shows them. */
@Schema(name = "Person", description = "A person with their facts in force today")
public record PersonView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true) Ref commune,
        @Schema(required = true, nullable = true) HouseholdLink household,
        @Schema(required = true, nullable = true) RelationToHead relationToHead,
        @Schema(required = true, nullable = true, description = "Masked (`014*******34`) for AUDITOR", examples = "014084001234")
        String nationalId,
        @Schema(required = true, examples = "Lò Văn Đức") String fullName,
        @Schema(required = true, description = "Reduced-precision ISO 8601", examples = "1948-05") String birthDate,
        @Schema(required = true) BirthDatePrecision birthDatePrecision,
        @Schema(required = true) Sex sex,
        @Schema(required = true) Ref ethnicGroup,
        @Schema(required = true, nullable = true, examples = "0912345678") String phone,
        @Schema(required = true, nullable = true) PayoutAccount payoutAccount,
        @Schema(required = true, description = "Facts in force today (HIV only for roles that may see it)") List<FactView> facts,
        @Schema(required = true, nullable = true, description = "Date of death, from the DEATH fact") LocalDate deathDate,
        @Schema(required = true, description = "For If-Match", examples = "0") long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    @Schema(name = "CodeName", description = "A coded item and its name")
    public record Ref(
            @Schema(required = true, examples = "03") String code,
            @Schema(required = true, examples = "Thái") String name) {
    }

    @Schema(name = "HouseholdLink", description = "The household a person belongs to")
    public record HouseholdLink(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "03688-000001") String code) {
    }
}
