package vn.ansinh.benefit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class EntitlementVersionRepository implements PanacheRepositoryBase<EntitlementVersion, UUID> {

    List<EntitlementVersion> findOf(UUID entitlementId) {
        return list("entitlementId", Sort.by("effectiveMonth"), entitlementId);
    }
}
