package vn.ansinh.policy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The policy snapshot of the seed changeset (0009-policy-seed.yaml), read without a database: unit
 * tests and the bench evaluate exactly what the application seeds.
 */
public final class SeedPolicy {

    private static PolicySnapshot snapshot;

    private SeedPolicy() {
    }

    static synchronized PolicySnapshot snapshot() {
        if (snapshot == null) {
            snapshot = load();
        }
        return snapshot;
    }

    @SuppressWarnings("unchecked")
    private static PolicySnapshot load() {
        try (InputStream in = SeedPolicy.class.getResourceAsStream("/db/changelog/changes/0009-policy-seed.yaml")) {
            Map<String, Object> root = new Yaml().load(in);
            List<Map<String, Object>> changeSets = (List<Map<String, Object>>) root.get("databaseChangeLog");
            Map<String, List<Map<String, Object>>> rows = new HashMap<>();
            for (Map<String, Object> wrapper : changeSets) {
                Map<String, Object> changeSet = (Map<String, Object>) wrapper.get("changeSet");
                for (Map<String, Object> change : (List<Map<String, Object>>) changeSet.get("changes")) {
                    Map<String, Object> insert = (Map<String, Object>) change.get("insert");
                    Map<String, Object> row = new HashMap<>();
                    for (Map<String, Object> c : (List<Map<String, Object>>) insert.get("columns")) {
                        Map<String, Object> column = (Map<String, Object>) c.get("column");
                        row.put((String) column.get("name"), value(column));
                    }
                    rows.computeIfAbsent((String) insert.get("tableName"), k -> new ArrayList<>()).add(row);
                }
            }
            ObjectMapper json = new ObjectMapper();
            Map<UUID, List<PolicySnapshot.GroupVersion>> versions = new HashMap<>();
            for (Map<String, Object> v : rows.get("policy_group_version")) {
                List<Map<String, Object>> criteria = json.readValue((String) v.get("criteria"), new TypeReference<>() {
                });
                versions.computeIfAbsent((UUID) v.get("group_id"), k -> new ArrayList<>()).add(new PolicySnapshot.GroupVersion(
                        (UUID) v.get("id"), (UUID) v.get("group_id"), new BigDecimal(v.get("coefficient").toString()),
                        Criteria.of(criteria, (String) v.get("legal_basis")), (LocalDate) v.get("effective_from"),
                        (LocalDate) v.get("effective_to"), (String) v.get("legal_basis")));
            }
            Map<UUID, String> programmeCodes = new HashMap<>();
            rows.get("policy_programme").forEach(p -> programmeCodes.put((UUID) p.get("id"), (String) p.get("code")));
            Map<UUID, List<PolicySnapshot.Group>> groups = new HashMap<>();
            for (Map<String, Object> g : rows.get("policy_group")) {
                groups.computeIfAbsent((UUID) g.get("programme_id"), k -> new ArrayList<>()).add(new PolicySnapshot.Group(
                        (UUID) g.get("id"), (String) g.get("code"), programmeCodes.get((UUID) g.get("programme_id")),
                        (String) g.get("province_code"), (String) g.get("name_vi"), (String) g.get("name_en"),
                        (String) g.get("legal_basis"), StartRule.valueOf((String) g.get("start_rule")),
                        g.get("start_age") == null ? null : ((Number) g.get("start_age")).intValue(), (Boolean) g.get("per_child"),
                        Combination.valueOf((String) g.get("combination")), ((Number) g.get("sort_order")).intValue(),
                        versions.getOrDefault((UUID) g.get("id"), List.of())));
            }
            List<PolicySnapshot.Programme> programmes = rows.get("policy_programme").stream().map(p -> new PolicySnapshot.Programme(
                    (UUID) p.get("id"), (String) p.get("code"), (String) p.get("province_code"), (String) p.get("name_vi"),
                    (String) p.get("name_en"), (String) p.get("legal_basis"), (String) p.get("level_code"), (Boolean) p.get("sample"),
                    ((Number) p.get("sort_order")).intValue(), groups.getOrDefault((UUID) p.get("id"), List.of()))).toList();
            List<PolicySnapshot.Level> levels = rows.get("policy_level_version").stream().map(l -> new PolicySnapshot.Level(
                    (UUID) l.get("id"), (String) l.get("level_code"), (String) l.get("province_code"),
                    ((Number) l.get("amount_vnd")).longValue(), (LocalDate) l.get("effective_from"), (LocalDate) l.get("effective_to"),
                    (String) l.get("legal_basis"))).toList();
            return new PolicySnapshot(programmes, levels);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the policy seed", e);
        }
    }

    private static Object value(Map<String, Object> column) {
        if (column.containsKey("valueComputed")) {
            String computed = column.get("valueComputed").toString();
            if (computed.equals("NULL")) {
                return null;
            }
            String hex = computed.substring("UNHEX('".length(), computed.length() - 2);
            return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
        }
        if (column.containsKey("valueDate")) {
            return LocalDate.parse(column.get("valueDate").toString());
        }
        if (column.containsKey("valueNumeric")) {
            return column.get("valueNumeric") instanceof Number n ? n : new BigDecimal(column.get("valueNumeric").toString());
        }
        if (column.containsKey("valueBoolean")) {
            return column.get("valueBoolean");
        }
        return column.get("value");
    }
}
