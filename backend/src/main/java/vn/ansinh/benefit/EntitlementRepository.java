package vn.ansinh.benefit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class EntitlementRepository implements PanacheRepositoryBase<Entitlement, UUID> {

    record Filter(String provinceCode, String communeCode, UUID personId, EntitlementStatus status) {
    }

    List<Entitlement> findPage(Filter filter, int page, int size) {
        Query query = query(filter);
        return find(query.where, Sort.by("createdAt").descending().and("id"), query.params).page(Page.of(page, size)).list();
    }

    long countMatching(Filter filter) {
        Query query = query(filter);
        return count(query.where, query.params);
    }

    List<Entitlement> findOpenOfPersonInGroup(UUID personId, String groupCode) {
        return list("personId = ?1 and groupCode = ?2 and status <> ?3", personId, groupCode, EntitlementStatus.TERMINATED);
    }

    List<Entitlement> findOfPerson(UUID personId) {
        return list("personId", Sort.by("startMonth"), personId);
    }

    /** Ids of the active entitlements of a province, in id order (the re-evaluation walks them in pages). */
    List<UUID> findActiveIds(String provinceCode) {
        return getEntityManager().createQuery("select e.id from Entitlement e where e.provinceCode = :p and e.status = :s order by e.id",
                UUID.class).setParameter("p", provinceCode).setParameter("s", EntitlementStatus.ACTIVE).getResultList();
    }

    private record Query(String where, Parameters params) {
    }

    private static Query query(Filter filter) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.provinceCode() != null) {
            where.add("provinceCode = :province");
            params.and("province", filter.provinceCode());
        }
        if (filter.communeCode() != null) {
            where.add("communeCode = :commune");
            params.and("commune", filter.communeCode());
        }
        if (filter.personId() != null) {
            where.add("personId = :person");
            params.and("person", filter.personId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        return new Query(where.isEmpty() ? "1 = 1" : String.join(" and ", where), params);
    }
}
