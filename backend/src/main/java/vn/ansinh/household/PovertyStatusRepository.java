package vn.ansinh.household;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class PovertyStatusRepository implements PanacheRepositoryBase<HouseholdPovertyStatus, UUID> {

    List<HouseholdPovertyStatus> findOfHousehold(UUID householdId) {
        return list("householdId", Sort.by("validFrom").and("recordedAt"), householdId);
    }

    List<HouseholdPovertyStatus> findCurrentOfHousehold(UUID householdId) {
        return list("householdId = ?1 and supersededBy is null", Sort.by("validFrom"), householdId);
    }

    /** The status in force on a date of each household that has one. */
    Map<UUID, HouseholdPovertyStatus> findInForce(Collection<UUID> householdIds, LocalDate on) {
        Map<UUID, HouseholdPovertyStatus> found = new HashMap<>();
        if (!householdIds.isEmpty()) {
            list("householdId in ?1 and supersededBy is null and validFrom <= ?2 and (validTo is null or validTo >= ?2)",
                    householdIds, on).forEach(status -> found.put(status.householdId, status));
        }
        return found;
    }

    /** The current (not superseded) rows of many households, by household and start. */
    List<HouseholdPovertyStatus> findCurrentOfHouseholds(Collection<UUID> householdIds) {
        return householdIds.isEmpty() ? List.of()
                : list("householdId in ?1 and supersededBy is null", Sort.by("householdId").and("validFrom"), householdIds);
    }
}
