package vn.ansinh.casefile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class CaseRepository implements PanacheRepositoryBase<Case, UUID> {

    record Filter(String provinceCode, String communeCode, UUID personId, Collection<CaseStatus> statuses) {
    }

    List<Case> findPage(Filter filter, int page, int size) {
        Where where = where(filter);
        return find(where.jpql, Sort.by("updatedAt").descending().and("id"), where.params).page(Page.of(page, size)).list();
    }

    long countMatching(Filter filter) {
        Where where = where(filter);
        return count(where.jpql, where.params);
    }

    /** Every case of the filter, for queues and indicators (a commune holds hundreds, a province thousands). */
    List<Case> findAllMatching(Filter filter) {
        Where where = where(filter);
        return list(where.jpql, Sort.by("communeCode").and("submittedOn").and("id"), where.params);
    }

    boolean hasOpenCase(UUID personId, String groupCode) {
        return count("personId = ?1 and groupCode = ?2 and status not in ?3", personId, groupCode,
                List.of(CaseStatus.APPROVED, CaseStatus.REJECTED, CaseStatus.WITHDRAWN)) > 0;
    }

    private record Where(String jpql, Parameters params) {
    }

    private static Where where(Filter filter) {
        List<String> parts = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.provinceCode() != null) {
            parts.add("provinceCode = :province");
            params.and("province", filter.provinceCode());
        }
        if (filter.communeCode() != null) {
            parts.add("communeCode = :commune");
            params.and("commune", filter.communeCode());
        }
        if (filter.personId() != null) {
            parts.add("personId = :person");
            params.and("person", filter.personId());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            parts.add("status in :statuses");
            params.and("statuses", filter.statuses());
        }
        return new Where(parts.isEmpty() ? "1 = 1" : String.join(" and ", parts), params);
    }
}
