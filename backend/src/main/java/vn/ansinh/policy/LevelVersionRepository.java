package vn.ansinh.policy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class LevelVersionRepository implements PanacheRepositoryBase<LevelVersion, UUID> {

    List<LevelVersion> findActive() {
        return list("status", Sort.by("effectiveFrom"), VersionStatus.ACTIVE);
    }

    List<LevelVersion> findAllInOrder() {
        return listAll(Sort.by("levelCode").and("provinceCode").and("effectiveFrom"));
    }

    /** The active rows of one series: national when {@code provinceCode} is null, else the province's overrides. */
    List<LevelVersion> findActiveOfSeries(String levelCode, String provinceCode) {
        return provinceCode == null
                ? list("levelCode = ?1 and provinceCode is null and status = ?2", Sort.by("effectiveFrom"), levelCode, VersionStatus.ACTIVE)
                : list("levelCode = ?1 and provinceCode = ?2 and status = ?3", Sort.by("effectiveFrom"), levelCode, provinceCode,
                        VersionStatus.ACTIVE);
    }
}
