package vn.ansinh.policy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class GroupVersionRepository implements PanacheRepositoryBase<GroupVersion, UUID> {

    List<GroupVersion> findActive() {
        return list("status", Sort.by("effectiveFrom"), VersionStatus.ACTIVE);
    }

    List<GroupVersion> findOfGroup(UUID groupId) {
        return list("groupId", Sort.by("effectiveFrom").and("createdAt"), groupId);
    }

    List<GroupVersion> findActiveOfGroup(UUID groupId) {
        return list("groupId = ?1 and status = ?2", Sort.by("effectiveFrom"), groupId, VersionStatus.ACTIVE);
    }
}
