package vn.ansinh.casefile;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class CaseDocumentRepository implements PanacheRepositoryBase<CaseDocument, UUID> {

    List<CaseDocument> findOf(UUID caseId) {
        return list("caseId", Sort.by("createdAt").and("id"), caseId);
    }
}
