package vn.ansinh.household;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.person.RelationToHead;

@Schema(name = "NewHouseholdMember", description = "A registered person of the same commune who joins the household")
public record NewHouseholdMember(
        @Schema(required = true) UUID personId,
        @Schema(required = true) RelationToHead relationToHead) {
}
