package vn.ansinh.calendar;

import java.io.ByteArrayInputStream;
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
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
 * Loads the shipped copy of {@code shared/data/public-holidays.csv} at start-up, replacing the
 * calendar whenever the file's checksum changes (a new year's schedule announced). A year any of
 * whose rows says "not yet announced" is provisional.
 */
@ApplicationScoped
class CalendarLoader {

    private static final String DATASET = "public-holidays";
    static final String FILE = "reference/public-holidays.csv";

    @Inject
    DataSource dataSource;

    @Inject
    WorkingCalendar calendar;

    void onStart(@Observes @Priority(13) StartupEvent start) {
        load();
        calendar.reload();
    }

    void load() {
        byte[] content = read();
        String checksum = sha256(content);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (checksum.equals(loadedChecksum(connection))) {
                connection.rollback();
                return;
            }
            List<CSVRecord> rows = parse(content);
            Map<Integer, Boolean> provisional = new TreeMap<>();
            try (Statement clear = connection.createStatement()) {
                clear.executeUpdate("delete from calendar_day");
                clear.executeUpdate("delete from calendar_year");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into calendar_day (day, kind, name_vi, name_en, source) values (?, ?, ?, ?, ?)")) {
                for (CSVRecord row : rows) {
                    LocalDate day = LocalDate.parse(row.get("date"));
                    String source = row.get("source");
                    insert.setDate(1, Date.valueOf(day));
                    insert.setString(2, row.get("kind").strip().toUpperCase(Locale.ROOT));
                    insert.setString(3, VietnameseText.nfc(row.get("name_vi")));
                    insert.setString(4, VietnameseText.nfc(row.get("name_en")));
                    insert.setString(5, source.length() > 1000 ? source.substring(0, 1000) : source);
                    insert.addBatch();
                    provisional.merge(day.getYear(), source.contains("not yet announced"), Boolean::logicalOr);
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into calendar_year (year, provisional) values (?, ?)")) {
                for (Map.Entry<Integer, Boolean> year : provisional.entrySet()) {
                    insert.setInt(1, year.getKey());
                    insert.setBoolean(2, year.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
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
            throw new IllegalStateException("Could not load the public holidays", e);
        }
    }

    private static String loadedChecksum(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select checksum from reference_dataset where name = ? for update")) {
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
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
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
