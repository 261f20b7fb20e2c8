package vn.ansinh.household;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class HouseholdRepository implements PanacheRepositoryBase<Household, UUID> {

    Optional<Household> findByCode(String communeCode, String code) {
        return find("communeCode = :commune and code = :code", Parameters.with("commune", communeCode).and("code", code))
                .firstResultOptional();
    }

    List<Household> findWithIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** The next generated number of a commune; the sequence row stays locked until the transaction ends. */
    int nextNumber(String communeCode) {
        getEntityManager().createNativeQuery("""
                insert into household_code_sequence (commune_code, last_value) values (?1, 1)
                on duplicate key update last_value = last_value + 1""").setParameter(1, communeCode).executeUpdate();
        return ((Number) getEntityManager().createNativeQuery(
                "select last_value from household_code_sequence where commune_code = ?1")
                .setParameter(1, communeCode).getSingleResult()).intValue();
    }

    /** Existing households of a commune by code, for imports. */
    Map<String, Household> findByCodes(String communeCode, Collection<String> codes) {
        Map<String, Household> found = new HashMap<>();
        if (!codes.isEmpty()) {
            list("communeCode = ?1 and code in ?2", communeCode, codes).forEach(h -> found.put(h.code, h));
        }
        return found;
    }

    record Filter(String provinceCode, String communeCode, UUID villageId, String query, PovertyStatus status,
            java.time.LocalDate on) {
    }

    List<Household> findPage(Filter filter, int page, int size) {
        Parameters params = new Parameters();
        return find(where(filter, params), Sort.by("h.communeCode").and("h.code"), params).page(Page.of(page, size)).list();
    }

    long countMatching(Filter filter) {
        Parameters params = new Parameters();
        return count(where(filter, params), params);
    }

    private static String where(Filter filter, Parameters params) {
        StringBuilder where = new StringBuilder("from Household h where 1 = 1");
        if (filter.provinceCode() != null) {
            where.append(" and h.provinceCode = :province");
            params.and("province", filter.provinceCode());
        }
        if (filter.communeCode() != null) {
            where.append(" and h.communeCode = :commune");
            params.and("commune", filter.communeCode());
        }
        if (filter.villageId() != null) {
            where.append(" and h.villageId = :village");
            params.and("village", filter.villageId());
        }
        if (filter.query() != null && !filter.query().isEmpty()) {
            where.append(" and (lower(h.code) like :codePrefix or lower(h.address) like :text)");
            params.and("codePrefix", filter.query().toLowerCase(java.util.Locale.ROOT) + "%")
                    .and("text", "%" + filter.query().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.status() != null) {
            where.append(" and exists (select 1 from HouseholdPovertyStatus s where s.householdId = h.id"
                    + " and s.supersededBy is null and s.status = :status and s.validFrom <= :on"
                    + " and (s.validTo is null or s.validTo >= :on))");
            params.and("status", filter.status()).and("on", filter.on());
        }
        return where.toString();
    }
}
