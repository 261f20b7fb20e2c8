package vn.ansinh.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class PayrollRepository implements PanacheRepositoryBase<Payroll, UUID> {

    /** Payrolls within a province or commune, newest month first; for agents, only those of their (commune, agent) pairs. */
    List<Payroll> search(String provinceCode, String communeCode, LocalDate month, PayrollStatus status,
            List<AgentUser> agentScope, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        filters(where, params, provinceCode, communeCode, month, status, agentScope);
        return find(where.toString(), Sort.descending("month").and("communeCode"), params).page(Page.of(page, size)).list();
    }

    long countSearch(String provinceCode, String communeCode, LocalDate month, PayrollStatus status,
            List<AgentUser> agentScope) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        filters(where, params, provinceCode, communeCode, month, status, agentScope);
        return count(where.toString(), params);
    }

    private static void filters(StringBuilder where, Map<String, Object> params, String provinceCode, String communeCode,
            LocalDate month, PayrollStatus status, List<AgentUser> agentScope) {
        if (provinceCode != null) {
            where.append(" and provinceCode = :province");
            params.put("province", provinceCode);
        }
        if (communeCode != null) {
            where.append(" and communeCode = :commune");
            params.put("commune", communeCode);
        }
        if (month != null) {
            where.append(" and month = :month");
            params.put("month", month);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (agentScope != null) {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < agentScope.size(); i++) {
                pairs.add("(communeCode = :ac" + i + " and agentId = :aa" + i + ")");
                params.put("ac" + i, agentScope.get(i).communeCode);
                params.put("aa" + i, agentScope.get(i).agentId);
            }
            where.append(" and status <> :draft and status <> :approved and (")
                    .append(pairs.isEmpty() ? "1 = 0" : String.join(" or ", pairs)).append(')');
            params.put("draft", PayrollStatus.DRAFT);
            params.put("approved", PayrollStatus.APPROVED);
        }
    }
}
