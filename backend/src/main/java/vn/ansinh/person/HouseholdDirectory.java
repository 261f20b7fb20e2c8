package vn.ansinh.person;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What people need to know about households, implemented by the household feature (which
 * depends on people, not the other way round).
 */
public interface HouseholdDirectory {

    /** The household with this id, whatever the caller's scope (callers check it). */
    Optional<HouseholdRef> find(UUID householdId);

    Map<UUID, HouseholdRef> findAll(Collection<UUID> householdIds);

    /** Records that the household's head changed (a member joined as HEAD, or the head left). */
    void headChanged(UUID householdId, UUID headPersonId, String by);

    /** A household as people show it. */
    record HouseholdRef(UUID id, String code, String provinceCode, String communeCode, UUID villageId, String villageName,
            UUID headPersonId) {
    }
}
