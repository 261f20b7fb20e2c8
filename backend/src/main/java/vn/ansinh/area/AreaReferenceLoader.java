package vn.ansinh.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;
import vn.ansinh.shared.VietnameseText;

/**
 * Loads the official lists of administrative units (shipped copies of {@code shared/data/admin-units})
 * at start-up. Idempotent: rows are upserted by (edition, code) and the whole load is skipped when
 * the files' checksum matches the one recorded by the last load.
 */
@ApplicationScoped
class AreaReferenceLoader {

    private static final Logger LOG = Logger.getLogger(AreaReferenceLoader.class);
    private static final String DATASET = "admin-units";
    private static final String DIR = "reference/admin-units/";
    /** Decision 19/2025/QĐ-TTg: the two-tier units in force from 1 July 2025. */
    static final String EDITION_2025 = "2025-07-01";
    /** The last list before the reform (GSO, after 1365/NQ-UBTVQH15 of 1 March 2025). */
    static final String EDITION_PRE_2025 = "2025-03-01";
    static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
    private static final LocalDate LAST_DAY_BEFORE_REFORM = REFORM_DAY.minusDays(1);
    private static final List<String> FILES = List.of("provinces_2025-07-01.csv", "communes_2025-07-01.csv",
            "provinces_pre-2025-07-01.csv", "districts_pre-2025-07-01.csv", "communes_pre-2025-07-01.csv",
            "commune_mapping_2025-07-01.csv", "province_mapping_2025-07-01.csv");

    @Inject
    DataSource dataSource;

    void onStart(@Observes @jakarta.annotation.Priority(10) StartupEvent start) {
        load();
    }

    void load() {
        load(false);
    }

    /** Loads the lists unless the same files were loaded already; {@code evenIfUnchanged} loads them again. */
    void load(boolean evenIfUnchanged) {
        String checksum = checksum();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (checksum.equals(loadedChecksum(connection)) && !evenIfUnchanged) {
                connection.rollback();
                return;
            }
            long started = System.nanoTime();
            int rows = loadUnits(connection) + loadSuccessions(connection);
            recordLoad(connection, checksum, rows);
            connection.commit();
            LOG.infof("Loaded %d administrative-unit rows in %d ms", rows, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the administrative units", e);
        }
    }

    private int loadUnits(Connection connection) throws SQLException {
        int rows = 0;
        Map<String, Long> ids;
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into area (edition, code, level, name, full_name, unit_type, name_en, full_name_en, folded_name,
                                  province_code, parent_id, valid_from, valid_to)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on duplicate key update level = values(level), name = values(name), full_name = values(full_name),
                  unit_type = values(unit_type), name_en = values(name_en), full_name_en = values(full_name_en),
                  folded_name = values(folded_name), province_code = values(province_code), parent_id = values(parent_id),
                  valid_from = values(valid_from), valid_to = values(valid_to)""")) {
            rows += upsertUnits(upsert, "provinces_2025-07-01.csv", EDITION_2025, AreaLevel.PROVINCE, null, null);
            rows += upsertUnits(upsert, "provinces_pre-2025-07-01.csv", EDITION_PRE_2025, AreaLevel.PROVINCE, null, null);
            ids = ids(connection);
            rows += upsertUnits(upsert, "communes_2025-07-01.csv", EDITION_2025, AreaLevel.COMMUNE, "province_code", ids);
            rows += upsertUnits(upsert, "districts_pre-2025-07-01.csv", EDITION_PRE_2025, AreaLevel.DISTRICT, "province_code", ids);
            ids = ids(connection);
            rows += upsertUnits(upsert, "communes_pre-2025-07-01.csv", EDITION_PRE_2025, AreaLevel.COMMUNE, "district_code", ids);
        }
        return rows;
    }

    private int upsertUnits(PreparedStatement upsert, String file, String edition, AreaLevel level, String parentColumn,
            Map<String, Long> ids) throws SQLException {
        boolean current = edition.equals(EDITION_2025);
        int rows = 0;
        for (CSVRecord row : read(file)) {
            String name = VietnameseText.nfc(row.get("name"));
            String fullName = VietnameseText.nfc(row.get("full_name"));
            upsert.setString(1, edition);
            upsert.setString(2, row.get("code"));
            upsert.setString(3, level.name());
            upsert.setString(4, name);
            upsert.setString(5, fullName);
            upsert.setString(6, row.get("type"));
            upsert.setString(7, emptyToNull(row.get("name_en")));
            upsert.setString(8, emptyToNull(row.get("full_name_en")));
            upsert.setString(9, VietnameseText.fold(fullName) + " | " + VietnameseText.fold(name));
            upsert.setString(10, level == AreaLevel.PROVINCE ? row.get("code") : row.get("province_code"));
            if (parentColumn == null) {
                upsert.setNull(11, Types.BIGINT);
            } else {
                Long parentId = ids.get(edition + "/" + row.get(parentColumn));
                if (parentId == null) {
                    throw new IllegalStateException(file + ": no parent " + row.get(parentColumn) + " for " + row.get("code"));
                }
                upsert.setLong(11, parentId);
            }
            if (current) {
                upsert.setDate(12, Date.valueOf(REFORM_DAY));
                upsert.setNull(13, Types.DATE);
            } else {
                upsert.setNull(12, Types.DATE);
                upsert.setDate(13, Date.valueOf(LAST_DAY_BEFORE_REFORM));
            }
            upsert.addBatch();
            rows++;
        }
        upsert.executeBatch();
        return rows;
    }

    private int loadSuccessions(Connection connection) throws SQLException {
        Map<String, Long> ids = ids(connection);
        int rows = 0;
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into area_succession (predecessor_id, successor_id, kind, effective_on, note)
                values (?, ?, ?, ?, ?)
                on duplicate key update kind = values(kind), effective_on = values(effective_on), note = values(note)""")) {
            List<CSVRecord> provinces = read("province_mapping_2025-07-01.csv");
            Map<String, Long> mergedCount = provinces.stream().collect(
                    java.util.stream.Collectors.groupingBy(row -> row.get("new_province_code"), java.util.stream.Collectors.counting()));
            for (CSVRecord row : provinces) {
                // A province kept as it was is "unchanged"; one of several merged into a new one went in "whole".
                String kind = mergedCount.get(row.get("new_province_code")) == 1 ? "unchanged" : "whole";
                rows += addSuccession(upsert, ids, row.get("old_province_code"), row.get("new_province_code"), kind, null);
            }
            for (CSVRecord row : read("commune_mapping_2025-07-01.csv")) {
                // Island districts without communes became special zones whole: the district is the predecessor.
                String oldCode = row.get("old_commune_code").isEmpty() ? row.get("old_district_code") : row.get("old_commune_code");
                if (oldCode.isEmpty()) {
                    continue;
                }
                rows += addSuccession(upsert, ids, oldCode, row.get("new_commune_code"), row.get("merge_kind"),
                        emptyToNull(row.get("nso_note")));
            }
            upsert.executeBatch();
        }
        return rows;
    }

    private static int addSuccession(PreparedStatement upsert, Map<String, Long> ids, String oldCode, String newCode,
            String kind, String note) throws SQLException {
        Long predecessor = ids.get(EDITION_PRE_2025 + "/" + oldCode);
        Long successor = ids.get(EDITION_2025 + "/" + newCode);
        if (predecessor == null || successor == null) {
            LOG.warnf("Mapping %s → %s names a unit that is not in the lists; skipped", oldCode, newCode);
            return 0;
        }
        upsert.setLong(1, predecessor);
        upsert.setLong(2, successor);
        upsert.setString(3, kind);
        upsert.setDate(4, Date.valueOf(REFORM_DAY));
        upsert.setString(5, note == null ? null : VietnameseText.nfc(note));
        upsert.addBatch();
        return 1;
    }

    private static Map<String, Long> ids(Connection connection) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, edition, code from area");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.put(rows.getString(2) + "/" + rows.getString(3), rows.getLong(1));
            }
        }
        return ids;
    }

    private static String loadedChecksum(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select checksum from reference_dataset where name = ? for update")) {
            select.setString(1, DATASET);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static void recordLoad(Connection connection, String checksum, int rows) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into reference_dataset (name, checksum, row_count, loaded_at) values (?, ?, ?, ?)
                on duplicate key update checksum = values(checksum), row_count = values(row_count), loaded_at = values(loaded_at)""")) {
            upsert.setString(1, DATASET);
            upsert.setString(2, checksum);
            upsert.setInt(3, rows);
            upsert.setTimestamp(4, Timestamp.from(Instant.now()));
            upsert.executeUpdate();
        }
    }

    private static List<CSVRecord> read(String file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = resource(file); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DIR + file, e);
        }
    }

    private static String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                try (InputStream in = resource(file)) {
                    digest.update(in.readAllBytes());
                }
            }
            // The loader's own version: bump when the way rows are derived changes.
            digest.update("loader-v1".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("Missing reference file " + DIR + file);
        }
        return in;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
