package vn.ansinh.person;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ansinh.shared.VietnameseText;

/**
 * Loads the 54 ethnic groups (shipped copy of {@code shared/data/ethnic-groups.csv}) at start-up;
 * idempotent: upserts by code, skipped when the file's checksum was loaded already.
 */
@ApplicationScoped
class EthnicGroupLoader {

    private static final String DATASET = "ethnic-groups";
    static final String FILE = "reference/ethnic-groups.csv";

    @Inject
    DataSource dataSource;

    void onStart(@Observes @Priority(12) StartupEvent start) {
        load(false);
    }

    void load(boolean evenIfUnchanged) {
        byte[] content = read();
        String checksum = sha256(content);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (checksum.equals(loadedChecksum(connection)) && !evenIfUnchanged) {
                connection.rollback();
                return;
            }
            List<CSVRecord> rows = parse(content);
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into ethnic_group (code, name_vi, name_en, other_names) values (?, ?, ?, ?)
                    on duplicate key update name_vi = values(name_vi), name_en = values(name_en),
                      other_names = values(other_names)""")) {
                for (CSVRecord row : rows) {
                    upsert.setString(1, row.get("code"));
                    upsert.setString(2, VietnameseText.nfc(row.get("name_vi")));
                    upsert.setString(3, VietnameseText.nfc(row.get("name_en")));
                    String others = VietnameseText.nfc(row.get("other_names"));
                    upsert.setString(4, others == null || others.isEmpty() ? null : others);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            try (PreparedStatement record = connection.prepareStatement("""
                    insert into reference_dataset (name, checksum, row_count, loaded_at) values (?, ?, ?, ?)
                    on duplicate key update checksum = values(checksum), row_count = values(row_count),
                      loaded_at = values(loaded_at)""")) {
                record.setString(1, DATASET);
                record.setString(2, checksum);
                record.setInt(3, rows.size());
                record.setTimestamp(4, Timestamp.from(Instant.now()));
                record.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the ethnic groups", e);
        }
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

    private static byte[] read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FILE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> parse(byte[] content) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
