package vn.ansinh.benefit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class EntitlementSuspensionRepository implements PanacheRepositoryBase<EntitlementSuspension, UUID> {

    List<EntitlementSuspension> findOf(UUID entitlementId) {
        return list("entitlementId", Sort.by("fromMonth").and("createdAt"), entitlementId);
    }
}
