package vn.ansinh.area;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class CommuneAttributeRepository implements PanacheRepositoryBase<CommuneAttribute, UUID> {

    List<CommuneAttribute> findOfCommunes(Collection<String> communeCodes) {
        return communeCodes.isEmpty() ? List.of()
                : list("communeCode in ?1", Sort.by("communeCode").and("kind").and("validFrom"), communeCodes);
    }

    List<CommuneAttribute> findOfCommuneAndKind(String communeCode, VillageAttributeKind kind) {
        return list("communeCode = ?1 and kind = ?2", Sort.by("validFrom"), communeCode, kind);
    }

    List<CommuneAttribute> findOfProvince(String provinceCode) {
        return list("provinceCode", Sort.by("communeCode").and("kind").and("validFrom"), provinceCode);
    }
}
