package vn.ansinh.person;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ansinh.shared.Uuids;

/**
 * Reads eligibility facts in pages of a province with plain JDBC projections (no entity per
 * person): what a simulation over a whole province's registry needs.
 */
@ApplicationScoped
class EligibilityFactsReader {

    @Inject
    javax.sql.DataSource dataSource;

    /** People of a province with an id after {@code after} (null: from the start), by id, at most {@code limit}. */
    List<EligibilityFacts> page(String provinceCode, UUID after, int limit) {
        Map<UUID, Object[]> people = new LinkedHashMap<>();
        String sql = "select id, commune_code, household_id, birth_date, birth_date_precision, sex from person "
                + "where province_code = ?" + (after == null ? "" : " and id > ?") + " order by id limit ?";
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = 1;
                statement.setString(i++, provinceCode);
                if (after != null) {
                    statement.setBytes(i++, Uuids.bytes(after));
                }
                statement.setInt(i, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        UUID id = Uuids.uuid(rows.getBytes(1));
                        people.put(id, new Object[] { rows.getString(2), Uuids.uuid(rows.getBytes(3)),
                                rows.getObject(4, LocalDate.class), BirthDatePrecision.valueOf(rows.getString(5)),
                                Sex.valueOf(rows.getString(6)) });
                    }
                }
            }
            Map<UUID, List<EligibilityFacts.Period>> facts = facts(connection, people.keySet());
            List<EligibilityFacts> page = new ArrayList<>(people.size());
            people.forEach((id, row) -> page.add(new EligibilityFacts(id, provinceCode, (String) row[0], (UUID) row[1],
                    BirthDate.stored((LocalDate) row[2], (BirthDatePrecision) row[3]), (Sex) row[4],
                    facts.getOrDefault(id, List.of()))));
            return page;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read people of province " + provinceCode, e);
        }
    }

    private static Map<UUID, List<EligibilityFacts.Period>> facts(Connection connection, Collection<UUID> ids) throws SQLException {
        Map<UUID, List<EligibilityFacts.Period>> facts = new HashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement("select person_id, kind, code_value, date_value, valid_from, "
                + "valid_to from person_fact where superseded_by is null and person_id in (" + marks + ") order by person_id, kind, valid_from")) {
            int i = 1;
            for (UUID id : ids) {
                statement.setBytes(i++, Uuids.bytes(id));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    facts.computeIfAbsent(Uuids.uuid(rows.getBytes(1)), k -> new ArrayList<>()).add(new EligibilityFacts.Period(
                            FactKind.valueOf(rows.getString(2)), rows.getString(3), rows.getObject(4, LocalDate.class),
                            rows.getObject(5, LocalDate.class), rows.getObject(6, LocalDate.class)));
                }
            }
        }
        return facts;
    }

    /** How many people a province has. */
    int count(String provinceCode) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select count(*) from person where province_code = ?")) {
            statement.setString(1, provinceCode);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count people of province " + provinceCode, e);
        }
    }
}
