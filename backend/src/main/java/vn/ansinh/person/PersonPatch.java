package vn.ansinh.person;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Changes to a person: only the members present change; {@code null} clears an optional member.
 * The commune cannot change here (moving to another commune is a transfer, not an edit).
 */
@Schema(name = "PersonPatch", description = "Members to change; absent members stay, `null` clears optional ones. "
        + "The commune cannot change (moving commune is a transfer, out of scope here).")
public final class PersonPatch {

    @JsonIgnore
    private final Set<String> present = new HashSet<>();

    @Schema(nullable = true, description = "Household to belong to (same commune); null leaves the household")
    @JsonProperty
    private UUID householdId;
    @Schema(nullable = true)
    @JsonProperty
    private RelationToHead relationToHead;
    @Schema(nullable = true, examples = "014084001234", pattern = "^\\d{12}$")
    @JsonProperty
    private String nationalId;
    @Schema(examples = "Lò Văn Đức", minLength = 1, maxLength = 100)
    @JsonProperty
    private String fullName;
    @Schema(examples = "1948-05", pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$")
    @JsonProperty
    private String birthDate;
    @JsonProperty
    private Sex sex;
    @Schema(examples = "03", pattern = "^\\d{2}$")
    @JsonProperty
    private String ethnicGroupCode;
    @Schema(nullable = true, examples = "0912345678", pattern = "^(0|\\+84)\\d{9,10}$")
    @JsonProperty
    private String phone;
    @Schema(nullable = true)
    @JsonProperty
    private PayoutAccount payoutAccount;
    @Schema(description = "Look-alike people confirmed different (see NewPerson)")
    @JsonProperty
    private List<UUID> confirmedDistinctFrom;

    public PersonPatch() {
    }

    boolean has(String member) {
        return present.contains(member);
    }

    @JsonSetter("householdId")
    public void setHouseholdId(UUID value) {
        householdId = value;
        present.add("householdId");
    }

    @JsonSetter("relationToHead")
    public void setRelationToHead(RelationToHead value) {
        relationToHead = value;
        present.add("relationToHead");
    }

    @JsonSetter("nationalId")
    public void setNationalId(String value) {
        nationalId = value;
        present.add("nationalId");
    }

    @JsonSetter("fullName")
    public void setFullName(String value) {
        fullName = value;
        present.add("fullName");
    }

    @JsonSetter("birthDate")
    public void setBirthDate(String value) {
        birthDate = value;
        present.add("birthDate");
    }

    @JsonSetter("sex")
    public void setSex(Sex value) {
        sex = value;
        present.add("sex");
    }

    @JsonSetter("ethnicGroupCode")
    public void setEthnicGroupCode(String value) {
        ethnicGroupCode = value;
        present.add("ethnicGroupCode");
    }

    @JsonSetter("phone")
    public void setPhone(String value) {
        phone = value;
        present.add("phone");
    }

    @JsonSetter("payoutAccount")
    public void setPayoutAccount(PayoutAccount value) {
        payoutAccount = value;
        present.add("payoutAccount");
    }

    @JsonSetter("confirmedDistinctFrom")
    public void setConfirmedDistinctFrom(List<UUID> value) {
        confirmedDistinctFrom = value;
        present.add("confirmedDistinctFrom");
    }

    UUID householdId() {
        return householdId;
    }

    RelationToHead relationToHead() {
        return relationToHead;
    }

    String nationalId() {
        return nationalId;
    }

    String fullName() {
        return fullName;
    }

    String birthDate() {
        return birthDate;
    }

    Sex sex() {
        return sex;
    }

    String ethnicGroupCode() {
        return ethnicGroupCode;
    }

    String phone() {
        return phone;
    }

    PayoutAccount payoutAccount() {
        return payoutAccount;
    }

    List<UUID> confirmedDistinctFrom() {
        return confirmedDistinctFrom == null ? List.of() : confirmedDistinctFrom;
    }
}
