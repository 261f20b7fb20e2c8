package vn.ansinh.household;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to a household: only the members present change; {@code villageId: null} clears the village. */
@Schema(name = "HouseholdPatch", description = "Members to change; absent members stay. `headPersonId` must be a member: "
        + "they become HEAD and the former head's relation becomes OTHER (correct it on the person).")
public final class HouseholdPatch {

    @JsonIgnore
    private final Set<String> present = new HashSet<>();

    @Schema(nullable = true, description = "A village of the household's commune; null clears it")
    @JsonProperty
    private UUID villageId;
    @Schema(examples = "Bản Nà Cài, xã Mường Chiên", minLength = 1, maxLength = 200)
    @JsonProperty
    private String address;
    @Schema(description = "A member who becomes head")
    @JsonProperty
    private UUID headPersonId;

    boolean has(String member) {
        return present.contains(member);
    }

    @JsonSetter("villageId")
    public void setVillageId(UUID value) {
        villageId = value;
        present.add("villageId");
    }

    @JsonSetter("address")
    public void setAddress(String value) {
        address = value;
        present.add("address");
    }

    @JsonSetter("headPersonId")
    public void setHeadPersonId(UUID value) {
        headPersonId = value;
        present.add("headPersonId");
    }

    UUID villageId() {
        return villageId;
    }

    String address() {
        return address;
    }

    UUID headPersonId() {
        return headPersonId;
    }
}
