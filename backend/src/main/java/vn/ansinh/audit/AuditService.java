package vn.ansinh.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import vn.ansinh.shared.SqlMarks;
import vn.ansinh.shared.Uuids;

/**
 * Appends audit events in the caller's transaction. Each province has one hash chain: its head
 * row in {@code audit_chain} is locked while events are appended, so that chains never fork.
 */
@ApplicationScoped
public class AuditService {

    static final String GENESIS = "0".repeat(64);
    private static final TypeReference<List<AuditEntry.Change>> CHANGES = new TypeReference<>() {
    };

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(40) StartupEvent start) throws SQLException {
        // One chain head per province that exists, so that appending only ever locks an existing row.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into audit_chain (province_code, last_hash, last_id)
                        select distinct a.province_code, ?, 0 from area a
                        where not exists (select 1 from audit_chain c where c.province_code = a.province_code)""")) {
            insert.setString(1, GENESIS);
            insert.executeUpdate();
        }
    }

    /** Records one event in the current transaction (starting one if none is active). */
    @Transactional
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    /**
     * Records one event in its commune's chain instead of the province's (ADR 0021): for events that
     * come at a high rate from many communes at once (payment confirmations), so that appending locks
     * one commune's head row, not the whole province's. The entry must name its commune.
     */
    @Transactional
    public void recordInCommuneChain(AuditEntry entry) {
        recordInCommuneChains(List.of(entry));
    }

    /**
     * Records events in their communes' chains, in order within each chain, with one insert: the chains'
     * head rows are locked together in (province, commune) order, so that two such transactions never
     * wait for each other's heads (ADR 0021, 0028).
     */
    @Transactional
    public void recordInCommuneChains(List<AuditEntry> entries) {
        Map<String, List<AuditEntry>> byChain = new java.util.TreeMap<>();
        for (AuditEntry entry : entries) {
            if (entry.communeCode() == null) {
                throw new IllegalArgumentException("A commune chain needs the entry's commune");
            }
            byChain.computeIfAbsent(entry.provinceCode() + "/" + entry.communeCode(), key -> new ArrayList<>()).add(entry);
        }
        if (byChain.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (Connection connection = dataSource.getConnection()) {
            Map<String, String> heads = lockCommuneChainHeads(connection, byChain);
            String values = SqlMarks.rows(entries.size(), 13);
            List<String> chainOfRow = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_event (event_id, occurred_at, actor, actor_role, action, entity_type, entity_id,
                                             province_code, commune_code, changes, previous_hash, hash, chain_commune)
                    values\s""" + values, PreparedStatement.RETURN_GENERATED_KEYS)) {
                int row = 0;
                for (Map.Entry<String, List<AuditEntry>> chain : byChain.entrySet()) {
                    String previous = heads.get(chain.getKey());
                    for (AuditEntry entry : chain.getValue()) {
                        UUID eventId = Uuids.timeOrdered();
                        String changes = toJson(entry.changes());
                        String hash = hash(previous, canonical(eventId, now, entry, changes));
                        bindEvent(insert, 13 * row, eventId, now, entry, changes, previous, hash);
                        insert.setString(13 * row + 13, entry.communeCode());
                        chainOfRow.add(chain.getKey());
                        previous = hash;
                        row++;
                    }
                    heads.put(chain.getKey(), previous);
                }
                insert.executeUpdate();
                Map<String, Long> lastIds = new java.util.HashMap<>();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    for (int i = 0; keys.next() && i < chainOfRow.size(); i++) {
                        lastIds.merge(chainOfRow.get(i), keys.getLong(1), Math::max);
                    }
                }
                moveCommuneChainHeads(connection, heads, lastIds);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the audit trail", e);
        }
    }

    /** Locks the head rows of these chains ("province/commune"), creating missing ones; answers their last hashes. */
    private static Map<String, String> lockCommuneChainHeads(Connection connection, Map<String, ?> chains) throws SQLException {
        java.util.Set<String> provinces = new java.util.TreeSet<>();
        java.util.Set<String> communes = new java.util.TreeSet<>();
        for (String chain : chains.keySet()) {
            provinces.add(chain.substring(0, chain.indexOf('/')));
            communes.add(chain.substring(chain.indexOf('/') + 1));
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            Map<String, String> heads = new java.util.HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select province_code, commune_code, last_hash from audit_commune_chain where province_code in ("
                            + SqlMarks.of(provinces.size()) + ") and commune_code in (" + SqlMarks.of(communes.size())
                            + ") order by province_code, commune_code for update")) {
                int i = 1;
                for (String province : provinces) {
                    select.setString(i++, province);
                }
                for (String commune : communes) {
                    select.setString(i++, commune);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String chain = rows.getString(1) + "/" + rows.getString(2);
                        if (chains.containsKey(chain)) {
                            heads.put(chain, rows.getString(3));
                        }
                    }
                }
            }
            if (heads.size() == chains.size()) {
                return heads;
            }
            // A commune's first event: its head row starts at the genesis hash.
            for (String chain : chains.keySet()) {
                if (!heads.containsKey(chain)) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "insert ignore into audit_commune_chain (province_code, commune_code, last_hash, last_id) values (?, ?, ?, 0)")) {
                        insert.setString(1, chain.substring(0, chain.indexOf('/')));
                        insert.setString(2, chain.substring(chain.indexOf('/') + 1));
                        insert.setString(3, GENESIS);
                        insert.executeUpdate();
                    }
                }
            }
        }
        throw new IllegalStateException("Could not lock the audit chains of communes " + communes);
    }

    private static void moveCommuneChainHeads(Connection connection, Map<String, String> heads, Map<String, Long> lastIds)
            throws SQLException {
        // One statement for every chain of the insert: the new heads as a derived table joined by key.
        StringBuilder moved = new StringBuilder("select ? as province_code, ? as commune_code, ? as last_hash, ? as last_id");
        for (int i = 1; i < heads.size(); i++) {
            moved.append(" union all select ?, ?, ?, ?");
        }
        try (PreparedStatement update = connection.prepareStatement("update audit_commune_chain c join (" + moved + """
                ) h on h.province_code = c.province_code and h.commune_code = c.commune_code
                set c.last_hash = h.last_hash, c.last_id = h.last_id""")) {
            int i = 1;
            for (Map.Entry<String, String> head : heads.entrySet()) {
                update.setString(i++, head.getKey().substring(0, head.getKey().indexOf('/')));
                update.setString(i++, head.getKey().substring(head.getKey().indexOf('/') + 1));
                update.setString(i++, head.getValue());
                update.setLong(i++, lastIds.getOrDefault(head.getKey(), 0L));
            }
            update.executeUpdate();
        }
    }


    /** Records events in order, one chain lock per province for the whole list: for imports. */
    @Transactional
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // Chains are locked in province order, so that two transactions never wait for each other's chains.
        Map<String, List<AuditEntry>> byProvince = new java.util.TreeMap<>();
        for (AuditEntry entry : entries) {
            byProvince.computeIfAbsent(entry.provinceCode(), key -> new ArrayList<>()).add(entry);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, List<AuditEntry>> province : byProvince.entrySet()) {
                append(connection, province.getKey(), province.getValue(), now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the audit trail", e);
        }
    }

    private void append(Connection connection, String provinceCode, List<AuditEntry> entries, Instant now)
            throws SQLException {
        String previous = lockChainHead(connection, provinceCode);
        long lastId = 0;
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into audit_event (event_id, occurred_at, actor, actor_role, action, entity_type, entity_id,
                                         province_code, commune_code, changes, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", PreparedStatement.RETURN_GENERATED_KEYS)) {
            for (AuditEntry entry : entries) {
                UUID eventId = Uuids.timeOrdered();
                String changes = toJson(entry.changes());
                String hash = hash(previous, canonical(eventId, now, entry, changes));
                bindEvent(insert, 0, eventId, now, entry, changes, previous, hash);
                insert.addBatch();
                previous = hash;
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    lastId = Math.max(lastId, keys.getLong(1));
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update audit_chain set last_hash = ?, last_id = ? where province_code = ?")) {
            update.setString(1, previous);
            update.setLong(2, lastId);
            update.setString(3, provinceCode);
            update.executeUpdate();
        }
    }

    /** The first twelve columns of an {@code audit_event} insert, as both chains write them. */
    private static void bindEvent(PreparedStatement insert, int offset, UUID eventId, Instant now, AuditEntry entry,
            String changes, String previous, String hash) throws SQLException {
        insert.setBytes(offset + 1, bytes(eventId));
        insert.setTimestamp(offset + 2, Timestamp.from(now));
        insert.setString(offset + 3, entry.actor());
        insert.setString(offset + 4, entry.actorRole());
        insert.setString(offset + 5, entry.action());
        insert.setString(offset + 6, entry.entityType());
        insert.setBytes(offset + 7, bytes(entry.entityId()));
        insert.setString(offset + 8, entry.provinceCode());
        insert.setString(offset + 9, entry.communeCode());
        insert.setString(offset + 10, changes);
        insert.setString(offset + 11, previous);
        insert.setString(offset + 12, hash);
    }

    private static String lockChainHead(Connection connection, String provinceCode) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select last_hash from audit_chain where province_code = ? for update")) {
            select.setString(1, provinceCode);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return row.getString(1);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_chain (province_code, last_hash, last_id) values (?, ?, 0)")) {
            insert.setString(1, provinceCode);
            insert.setString(2, GENESIS);
            insert.executeUpdate();
        }
        return lockChainHead(connection, provinceCode);
    }

    /** The events about these records (e.g. a person and their facts), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEventView> eventsOf(Collection<UUID> entityIds) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(entityIds.size(), "?"));
        List<AuditEventView> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select event_id, occurred_at, actor, actor_role, action, entity_type, entity_id, changes "
                                + "from audit_event where entity_id in (" + marks + ") order by id")) {
            int i = 1;
            for (UUID id : entityIds) {
                select.setBytes(i++, bytes(id));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    List<AuditEventView.ChangeView> changes = fromJson(rows.getString(8)).stream()
                            .map(c -> new AuditEventView.ChangeView(c.field(), c.before(), c.after())).toList();
                    events.add(new AuditEventView(uuid(rows.getBytes(1)), rows.getTimestamp(2).toInstant(),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                            uuid(rows.getBytes(7)), changes));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
        return events;
    }

    /**
     * Locks the chains of these provinces now, in province order, until the transaction ends: for a
     * transaction that will record events of several provinces in several steps (an import batch), so
     * that its lock order cannot cross another transaction's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockChains(java.util.Collection<String> provinceCodes) {
        try (Connection connection = dataSource.getConnection()) {
            for (String provinceCode : new java.util.TreeSet<>(provinceCodes)) {
                lockChainHead(connection, provinceCode);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock the audit trail", e);
        }
    }

    /**
     * Recomputes a province's chain and the chains of its communes; answers whether every event still
     * matches its hash and its predecessor.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean verifyChain(String provinceCode) {
        try (Connection connection = dataSource.getConnection()) {
            if (!verify(connection, provinceCode, null)) {
                return false;
            }
            List<String> communes = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select commune_code from audit_commune_chain where province_code = ?")) {
                select.setString(1, provinceCode);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        communes.add(rows.getString(1));
                    }
                }
            }
            for (String commune : communes) {
                if (!verify(connection, provinceCode, commune)) {
                    return false;
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }

    private static boolean verify(Connection connection, String provinceCode, String chainCommune) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select event_id, occurred_at, actor, actor_role, action, entity_type, entity_id, province_code,
                       commune_code, changes, previous_hash, hash
                from audit_event where province_code = ?"""
                + (chainCommune == null ? " and chain_commune is null" : " and chain_commune = ?") + " order by id")) {
            select.setString(1, provinceCode);
            if (chainCommune != null) {
                select.setString(2, chainCommune);
            }
            String previous = GENESIS;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    AuditEntry entry = new AuditEntry(rows.getString(3), rows.getString(4), rows.getString(5),
                            rows.getString(6), uuid(rows.getBytes(7)), rows.getString(8), rows.getString(9), null);
                    String expected = hash(previous, canonical(uuid(rows.getBytes(1)),
                            rows.getTimestamp(2).toInstant(), entry, rows.getString(10)));
                    if (!previous.equals(rows.getString(11)) || !expected.equals(rows.getString(12))) {
                        return false;
                    }
                    previous = expected;
                }
            }
            return true;
        }
    }

    private static String canonical(UUID eventId, Instant at, AuditEntry entry, String changes) {
        return String.join("\n", eventId.toString(), at.toString(), entry.actor(), entry.actorRole(), entry.action(),
                entry.entityType(), entry.entityId().toString(), entry.provinceCode(),
                entry.communeCode() == null ? "" : entry.communeCode(), changes == null ? "" : changes);
    }

    static String hash(String previous, String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String toJson(List<AuditEntry.Change> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<AuditEntry.Change> fromJson(String changes) {
        if (changes == null || changes.isEmpty()) {
            return List.of();
        }
        try {
            return json.readValue(changes, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(UUID id) {
        return Uuids.bytes(id);
    }

    private static UUID uuid(byte[] bytes) {
        return Uuids.uuid(bytes);
    }
}
