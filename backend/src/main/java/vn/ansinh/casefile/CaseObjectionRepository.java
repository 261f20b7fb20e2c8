package vn.ansinh.casefile;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class CaseObjectionRepository implements PanacheRepositoryBase<CaseObjection, UUID> {

    List<CaseObjection> findOf(UUID caseId) {
        return list("caseId", Sort.by("receivedOn").and("id"), caseId);
    }

    List<CaseObjection> findOfCases(Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? List.of() : list("caseId in ?1", Sort.by("receivedOn"), caseIds);
    }
}
