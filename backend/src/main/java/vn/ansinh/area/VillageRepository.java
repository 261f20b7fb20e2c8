package vn.ansinh.area;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class VillageRepository implements PanacheRepositoryBase<Village, UUID> {

    List<Village> findInCommune(String communeCode) {
        return list("communeCode", Sort.by("name"), communeCode);
    }

    Optional<Village> findInCommuneByFoldedName(String communeCode, String foldedName) {
        return find("communeCode = :commune and foldedName = :name",
                Parameters.with("commune", communeCode).and("name", foldedName)).firstResultOptional();
    }

    List<Village> findWithIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
