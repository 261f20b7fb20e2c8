package vn.ansinh.area;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class VillageAttributeRepository implements PanacheRepositoryBase<VillageAttribute, UUID> {

    List<VillageAttribute> findOfVillages(Collection<UUID> villageIds) {
        return villageIds.isEmpty() ? List.of()
                : list("villageId in ?1", Sort.by("kind").and("validFrom"), villageIds);
    }

    List<VillageAttribute> findOfVillageAndKind(UUID villageId, VillageAttributeKind kind) {
        return list("villageId = ?1 and kind = ?2", Sort.by("validFrom"), villageId, kind);
    }

    List<VillageAttribute> findOfProvince(String provinceCode) {
        return list("provinceCode", Sort.by("villageId").and("kind").and("validFrom"), provinceCode);
    }
}
