package vn.ansinh.casefile;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class CaseEventRepository implements PanacheRepositoryBase<CaseEvent, UUID> {

    List<CaseEvent> findOf(UUID caseId) {
        return list("caseId", Sort.by("occurredAt").and("id"), caseId);
    }
}
