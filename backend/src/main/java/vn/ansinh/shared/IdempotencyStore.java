package vn.ansinh.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Idempotency keys of writes that move money (architecture §3). A write claims its key in its own
 * transaction, before it changes anything: the first claim inserts the row, and a racing claim of the
 * same key waits on that row's lock until the first transaction ends. If the first committed, the
 * racer finds the stored answer (same request: replay it; different request: 422); if it rolled back
 * (a refusal), the racer runs as if first. Only successful answers are stored, so a refused request
 * may be retried with its key.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** Keys are opaque strings the client makes (a UUID is usual): printable ASCII, 8 to 100 characters. */
    static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{8,100}$");

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @ConfigProperty(name = "ansinh.idempotency.retention", defaultValue = "P30D")
    Duration retention;

    /** A stored answer: its HTTP status and JSON body. */
    public record StoredResponse(int status, String body) {
    }

    /** Refuses a missing or malformed key (400 {@code idempotency.key-required} / field error). */
    public static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new ProblemException(400, "idempotency.key-required");
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalidField("Idempotency-Key", "idempotency.key-format");
        }
        return key;
    }

    /** SHA-256 of the operation and the request's canonical text. */
    public static String hash(String operation, String canonicalRequest) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(canonicalRequest.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Claims the key in the current transaction. Empty: the caller is first and must {@link #complete}
     * before its transaction commits. Present: the stored answer of an earlier request with the same
     * key and hash. A different request under the same key answers 422 {@code idempotency.key-reused}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StoredResponse> claim(String owner, String key, String operation, String requestHash) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (Connection connection = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 2; attempt++) {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into idempotency_record (owner, idem_key, operation, request_hash, response_status,
                                                        created_at, expires_at)
                        values (?, ?, ?, ?, 0, ?, ?)""")) {
                    insert.setString(1, owner);
                    insert.setString(2, key);
                    insert.setString(3, operation);
                    insert.setString(4, requestHash);
                    insert.setTimestamp(5, Timestamp.from(now));
                    insert.setTimestamp(6, Timestamp.from(now.plus(retention)));
                    insert.executeUpdate();
                    return Optional.empty();
                } catch (SQLIntegrityConstraintViolationException taken) {
                    // A locking read sees the latest committed row whatever the transaction's snapshot.
                    try (PreparedStatement select = connection.prepareStatement("""
                            select operation, request_hash, response_status, response_body, expires_at
                            from idempotency_record where owner = ? and idem_key = ? for update""")) {
                        select.setString(1, owner);
                        select.setString(2, key);
                        try (ResultSet row = select.executeQuery()) {
                            if (!row.next()) {
                                continue;
                            }
                            if (row.getTimestamp(5).toInstant().isBefore(now)) {
                                delete(connection, owner, key);
                                continue;
                            }
                            if (!operation.equals(row.getString(1)) || !requestHash.equals(row.getString(2))) {
                                throw new ProblemException(422, "idempotency.key-reused");
                            }
                            return Optional.of(new StoredResponse(row.getInt(3), row.getString(4)));
                        }
                    }
                }
            }
            throw new IllegalStateException("Idempotency key could not be claimed: " + key);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim an idempotency key", e);
        }
    }

    /** Stores the answer of a claimed key, in the same transaction as the write it answers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String owner, String key, String provinceCode, int status, String body) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        update idempotency_record set response_status = ?, response_body = ?, province_code = ?
                        where owner = ? and idem_key = ?""")) {
            update.setInt(1, status);
            update.setString(2, body);
            update.setString(3, provinceCode);
            update.setString(4, owner);
            update.setString(5, key);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("Idempotency key was not claimed: " + key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store an idempotency answer", e);
        }
    }

    /** A key already used: what it was used for and what was answered. */
    public record UsedKey(String owner, String key, String operation, String requestHash, StoredResponse response,
            Instant expiresAt) {

        /** The stored answer when this is a replay of the same request; 422 when the key was used for another. */
        public StoredResponse replayOf(String operation, String requestHash) {
            if (!this.operation.equals(operation) || !this.requestHash.equals(requestHash)) {
                throw new ProblemException(422, "idempotency.key-reused");
            }
            return response;
        }
    }

    /** A key with the answer to store for it: for writes that store many answers at once ({@link #storeAll}). */
    public record Answered(String owner, String key, String operation, String requestHash, String provinceCode, int status,
            String body) {
    }

    /**
     * The keys of these owners that were already used and answered, by {@link #id}. A plain read: a key committed after it is caught by {@link #storeAll}'s insert.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Map<String, UsedKey> findUsed(java.util.Set<String> owners, java.util.Set<String> keys) {
        java.util.Map<String, UsedKey> used = new java.util.HashMap<>();
        if (owners.isEmpty() || keys.isEmpty()) {
            return used;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select owner, idem_key, operation, request_hash, response_status, response_body, expires_at
                        from idempotency_record where owner in (%s) and idem_key in (%s) and response_status > 0"""
                        .formatted(SqlMarks.of(owners.size()), SqlMarks.of(keys.size())))) {
            int i = 1;
            for (String owner : owners) {
                select.setString(i++, owner);
            }
            for (String key : keys) {
                select.setString(i++, key);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    UsedKey key = new UsedKey(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            new StoredResponse(rows.getInt(5), rows.getString(6)), rows.getTimestamp(7).toInstant());
                    used.put(id(key.owner(), key.key()), key);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read idempotency keys", e);
        }
        return used;
    }

    /** How {@link #findUsed} names a key: its owner, a line break (which no key holds), the key. */
    public static String id(String owner, String key) {
        return owner + "\n" + key;
    }

    /**
     * Stores the answers of many keys in one insert, in the current transaction. A key used meanwhile by
     * another transaction fails the insert (and so the transaction): the caller runs its requests again
     * one by one, each claiming its key ({@link #claim}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeAll(java.util.List<Answered> answers) {
        if (answers.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String rows = SqlMarks.rows(answers.size(), 9);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into idempotency_record (owner, idem_key, operation, request_hash, province_code,
                                                        response_status, response_body, created_at, expires_at)
                        values\s""" + rows)) {
            int i = 1;
            for (Answered answer : answers) {
                insert.setString(i++, answer.owner());
                insert.setString(i++, answer.key());
                insert.setString(i++, answer.operation());
                insert.setString(i++, answer.requestHash());
                insert.setString(i++, answer.provinceCode());
                insert.setInt(i++, answer.status());
                insert.setString(i++, answer.body());
                insert.setTimestamp(i++, Timestamp.from(now));
                insert.setTimestamp(i++, Timestamp.from(now.plus(retention)));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store idempotency answers", e);
        }
    }


    /** Removes expired keys, at most {@code limit} at a time; answers how many. */
    @Transactional
    public int purgeExpired(int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from idempotency_record where expires_at < ? limit ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant()));
            delete.setInt(2, limit);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge idempotency keys", e);
        }
    }

    private static void delete(Connection connection, String owner, String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from idempotency_record where owner = ? and idem_key = ?")) {
            delete.setString(1, owner);
            delete.setString(2, key);
            delete.executeUpdate();
        }
    }
}
