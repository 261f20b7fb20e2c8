package vn.ansinh.household;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ansinh.area.VillageRef;
import vn.ansinh.area.VillageService;
import vn.ansinh.person.HouseholdDirectory;

/** Households as people see them (see {@link HouseholdDirectory}). */
@ApplicationScoped
class HouseholdDirectoryAdapter implements HouseholdDirectory {

    @Inject
    HouseholdRepository households;

    @Inject
    VillageService villages;

    @Inject
    java.time.Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<HouseholdRef> find(UUID householdId) {
        return households.findByIdOptional(householdId).map(h -> ref(h, villages.findAll(
                h.villageId == null ? List.of() : List.of(h.villageId))));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, HouseholdRef> findAll(Collection<UUID> householdIds) {
        List<Household> found = households.findWithIds(householdIds.stream().distinct().toList());
        Map<UUID, VillageRef> names = villages.findAll(found.stream().map(h -> h.villageId).filter(Objects::nonNull).distinct().toList());
        Map<UUID, HouseholdRef> refs = new HashMap<>();
        found.forEach(h -> refs.put(h.id, ref(h, names)));
        return refs;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void headChanged(UUID householdId, UUID headPersonId, String by) {
        households.findByIdOptional(householdId).ifPresent(household -> {
            household.headedBy(headPersonId);
            household.touched(by, clock.instant());
        });
    }

    private static HouseholdRef ref(Household h, Map<UUID, VillageRef> villages) {
        VillageRef village = h.villageId == null ? null : villages.get(h.villageId);
        return new HouseholdRef(h.id, h.code, h.provinceCode, h.communeCode, h.villageId, village == null ? null : village.name(),
                h.headPersonId);
    }
}
