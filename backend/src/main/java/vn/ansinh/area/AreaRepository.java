package vn.ansinh.area;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class AreaRepository implements PanacheRepository<Area> {

    private static final String IN_FORCE = "(a.validFrom is null or a.validFrom <= :date) and (a.validTo is null or a.validTo >= :date)";

    List<Area> findInForce(AreaFilter filter, LocalDate date, int page, int size) {
        return query(filter, date).page(Page.of(page, size)).list();
    }

    long countInForce(AreaFilter filter, LocalDate date) {
        return query(filter, date).count();
    }

    Optional<Area> findInForceByCode(String code, LocalDate date) {
        return find("from Area a left join fetch a.parent where a.code = :code and " + IN_FORCE,
                Map.of("code", code, "date", date)).firstResultOptional();
    }

    private PanacheQuery<Area> query(AreaFilter filter, LocalDate date) {
        StringBuilder where = new StringBuilder("from Area a left join fetch a.parent p where ").append(IN_FORCE);
        Map<String, Object> params = new HashMap<>();
        params.put("date", date);
        if (filter.level() != null) {
            where.append(" and a.level = :level");
            params.put("level", filter.level());
        }
        if (filter.parentCode() != null) {
            where.append(" and p.code = :parentCode");
            params.put("parentCode", filter.parentCode());
        }
        if (filter.foldedQuery() != null && !filter.foldedQuery().isEmpty()) {
            where.append(" and a.foldedName like :q");
            params.put("q", "%" + filter.foldedQuery() + "%");
        }
        return find(where.toString(), Sort.by("a.code"), params);
    }

    long countAll() {
        return count();
    }

    Map<Long, List<AreaSuccession>> predecessorsOf(Collection<Long> successorIds) {
        return group(getEntityManager().createQuery("select s from AreaSuccession s join fetch s.predecessor "
                + "where s.successor.id in :ids order by s.predecessor.code", AreaSuccession.class)
                .setParameter("ids", successorIds).getResultList(), true);
    }

    Map<Long, List<AreaSuccession>> successorsOf(Collection<Long> predecessorIds) {
        return group(getEntityManager().createQuery("select s from AreaSuccession s join fetch s.successor "
                + "where s.predecessor.id in :ids order by s.successor.code", AreaSuccession.class)
                .setParameter("ids", predecessorIds).getResultList(), false);
    }

    private static Map<Long, List<AreaSuccession>> group(List<AreaSuccession> successions, boolean bySuccessor) {
        Map<Long, List<AreaSuccession>> grouped = new HashMap<>();
        for (AreaSuccession succession : successions) {
            Long key = bySuccessor ? succession.successor.id : succession.predecessor.id;
            grouped.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(succession);
        }
        return grouped;
    }
}
