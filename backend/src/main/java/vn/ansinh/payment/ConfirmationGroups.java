package vn.ansinh.payment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.Actor;
import vn.ansinh.shared.IdempotencyStore;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.SqlMarks;
import vn.ansinh.shared.Uuids;

/**
 * Paid confirmations written in groups (ADR 0028). Requests queue here; one writer takes whatever has
 * queued (at most {@code ansinh.payment.confirmation-group-size}) and writes it in one transaction with a
 * few set-based statements: read the lines, the agents' assignments and the keys already used; decide
 * each confirmation as {@link ConfirmationService} would alone; move the accepted lines from PENDING in
 * one update, store their answers in one insert, append their audit events in one insert. Answers leave
 * only after the commit. Whatever the group cannot settle for sure (a line or key taken meanwhile by
 * another transaction, a key used twice in the group, an expired key, any failure) rolls the whole group
 * back and each of its requests is written alone, as before: the group only ever saves round trips.
 */
@ApplicationScoped
class ConfirmationGroups {

    private static final Logger LOG = Logger.getLogger(ConfirmationGroups.class);

    @ConfigProperty(name = "ansinh.payment.confirmation-group-size", defaultValue = "64")
    int groupSize;

    /**
     * How long a group waits for a line another transaction holds (a payroll being closed, a confirmation
     * written alone) before it gives up and its confirmations are written alone: one held line must not
     * hold up every agent's confirmation queued behind it.
     */
    static final int LOCK_WAIT_SECONDS = 2;

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    AuditService audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    ConfirmationGroups self;

    /** A validated paid confirmation waiting for its group. */
    record Submitted(UUID lineId, String key, String hash, PayrollRequests.Confirmation request, Actor actor) {
    }

    /** What the group answers one request: an answer, a refusal, or nothing (write it alone). */
    record Outcome(ConfirmationService.Answer answer, ProblemException refusal) {
        static final Outcome ALONE = new Outcome(null, null);
    }

    private record Waiting(Submitted submitted, CompletableFuture<Outcome> outcome) {
    }

    private final LinkedBlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread writer;

    void onStart(@Observes StartupEvent start) {
        if (groupSize < 2) {
            return;
        }
        running = true;
        writer = new Thread(this::writeGroups, "confirmation-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (writer != null) {
            writer.interrupt();
        }
        answerAlone();
    }

    /**
     * Writes the confirmation with the next group and answers as {@link ConfirmationService#confirm} would;
     * empty when it must be written alone (groups are off, or the group could not settle it).
     */
    Optional<ConfirmationService.Answer> write(Submitted submitted) {
        if (!running) {
            return Optional.empty();
        }
        Waiting waiting = new Waiting(submitted, new CompletableFuture<>());
        queue.add(waiting);
        if (!running) {
            answerAlone();
        }
        Outcome outcome;
        try {
            outcome = waiting.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the confirmation was written", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Confirmation group failed", e.getCause());
        }
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return Optional.ofNullable(outcome.answer());
    }

    private void answerAlone() {
        for (Waiting waiting; (waiting = queue.poll()) != null;) {
            waiting.outcome().complete(Outcome.ALONE);
        }
    }

    private void writeGroups() {
        while (running) {
            List<Waiting> group = new ArrayList<>();
            try {
                Waiting first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, groupSize - 1);
                List<Outcome> outcomes = self.writeGroup(group.stream().map(Waiting::submitted).toList());
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).outcome().complete(outcomes.get(i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                // Rolled back: nothing of the group was written; each request is written alone.
                if (e instanceof Overtaken) {
                    LOG.debugf("A line of a group of %d was confirmed meanwhile: each is written alone", group.size());
                } else {
                    LOG.infof("A group of %d confirmations failed (%s): each is written alone", group.size(), e);
                }
            } finally {
                for (Waiting waiting : group) {
                    waiting.outcome().complete(Outcome.ALONE);
                }
            }
        }
        answerAlone();
    }

    /** A line as read for a group: the line, where it is, its payroll's state and agent. */
    private record LineRow(PaymentLineView line, String province, String commune, String payrollStatus, UUID agentId) {
    }

    /** Thrown to roll a group back when another transaction confirmed one of its lines first. */
    private static final class Overtaken extends RuntimeException {
        Overtaken() {
            super("A line of the group was confirmed by another transaction", null, false, false);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Outcome> writeGroup(List<Submitted> group) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Set<String> owners = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Set<UUID> lineIds = new HashSet<>();
        for (Submitted submitted : group) {
            owners.add(submitted.actor().username());
            keys.add(submitted.key());
            lineIds.add(submitted.lineId());
        }
        Map<String, IdempotencyStore.UsedKey> used = idempotency.findUsed(owners, keys);
        Map<UUID, LineRow> lines;
        Set<String> assignments;
        try (Connection connection = dataSource.getConnection()) {
            lines = readLines(connection, lineIds);
            assignments = readAssignments(connection, owners);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the confirmations' lines", e);
        }

        List<Outcome> outcomes = new ArrayList<>();
        Set<String> keysOfGroup = new HashSet<>();
        Map<UUID, ConfirmationService.Confirmed> accepted = new LinkedHashMap<>();
        List<IdempotencyStore.Answered> answers = new ArrayList<>();
        for (Submitted submitted : group) {
            String key = IdempotencyStore.id(submitted.actor().username(), submitted.key());
            IdempotencyStore.UsedKey earlier = used.get(key);
            if (earlier != null) {
                // A replay, or the key reused for another request; an expired key is written alone, which frees it.
                outcomes.add(earlier.expiresAt().isBefore(now) ? Outcome.ALONE : replay(earlier, submitted));
                continue;
            }
            if (!keysOfGroup.add(key)) {
                // The same key twice in one group: the second is written alone after the group, and replays the first.
                outcomes.add(Outcome.ALONE);
                continue;
            }
            LineRow row = lines.get(submitted.lineId());
            try {
                if (row == null || !assignments.contains(assignment(submitted.actor().username(), row.commune(), row.agentId()))) {
                    throw ProblemException.notFound("payment.line-not-found");
                }
                if (accepted.containsKey(submitted.lineId())) {
                    throw ProblemException.conflict("payment.already-confirmed", "PAID/NOT_PAID");
                }
                ConfirmationService.requireConfirmable(row.line(), row.payrollStatus());
            } catch (ProblemException refused) {
                outcomes.add(new Outcome(null, refused));
                continue;
            }
            ConfirmationService.Confirmed confirmed = ConfirmationService.confirmed(row.line(), row.province(), row.commune(),
                    submitted.key(), submitted.request(), now, submitted.actor());
            String body = ConfirmationService.toJson(json, confirmed.line());
            accepted.put(submitted.lineId(), confirmed);
            answers.add(new IdempotencyStore.Answered(submitted.actor().username(), submitted.key(),
                    ConfirmationService.OPERATION, submitted.hash(), row.province(), 201, body));
            outcomes.add(new Outcome(new ConfirmationService.Answer(201, body, false), null));
        }
        if (accepted.isEmpty()) {
            return outcomes;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (confirmLines(connection, accepted) != accepted.size()) {
                throw new Overtaken();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the confirmations", e);
        }
        idempotency.storeAll(answers);
        // Last, so that the communes' chain heads stay locked only until the commit that follows (ADR 0021).
        List<AuditEntry> events = new ArrayList<>();
        for (ConfirmationService.Confirmed confirmed : accepted.values()) {
            events.add(confirmed.event());
        }
        audit.recordInCommuneChains(events);
        return outcomes;
    }

    private static Outcome replay(IdempotencyStore.UsedKey earlier, Submitted submitted) {
        try {
            IdempotencyStore.StoredResponse stored = earlier.replayOf(ConfirmationService.OPERATION, submitted.hash());
            return new Outcome(new ConfirmationService.Answer(stored.status(), stored.body(), true), null);
        } catch (ProblemException refused) {
            return new Outcome(null, refused);
        }
    }

    private static Map<UUID, LineRow> readLines(Connection connection, Set<UUID> ids) throws SQLException {
        Map<UUID, LineRow> lines = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select " + PaymentLines.COLUMNS
                + ", l.province_code, l.commune_code, p.status, p.agent_id from payment_line l join payroll p on p.id = l.payroll_id"
                + " where l.id in (" + SqlMarks.of(ids.size()) + ")")) {
            int i = 1;
            for (UUID id : ids) {
                select.setBytes(i++, Uuids.bytes(id));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    PaymentLineView line = PaymentLines.read(rows);
                    byte[] agent = rows.getBytes(34);
                    lines.put(line.id(), new LineRow(line, rows.getString(31), rows.getString(32), rows.getString(33),
                            agent == null ? null : Uuids.uuid(agent)));
                }
            }
        }
        return lines;
    }

    /** The (agent user, commune, agent) assignments of these users. */
    private static Set<String> readAssignments(Connection connection, Set<String> usernames) throws SQLException {
        Set<String> assignments = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select username, commune_code, agent_id from agent_user where username in (" + SqlMarks.of(usernames.size()) + ")")) {
            int i = 1;
            for (String username : usernames) {
                select.setString(i++, username);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    assignments.add(assignment(rows.getString(1), rows.getString(2), Uuids.uuid(rows.getBytes(3))));
                }
            }
        }
        return assignments;
    }

    private static String assignment(String username, String commune, UUID agentId) {
        return username + "\n" + commune + "\n" + agentId;
    }

    /** Moves the accepted lines from PENDING in one statement; answers how many moved. */
    private static int confirmLines(Connection connection, Map<UUID, ConfirmationService.Confirmed> accepted)
            throws SQLException {
        List<String> columns = ConfirmationService.CONFIRMATION_COLUMNS;
        StringBuilder rows = new StringBuilder("select ? as id");
        for (String column : columns) {
            rows.append(", ? as ").append(column);
        }
        String next = " union all select ?" + ", ?".repeat(columns.size());
        rows.append(next.repeat(accepted.size() - 1));
        StringBuilder set = new StringBuilder();
        for (String column : columns) {
            set.append("l.").append(column).append(" = c.").append(column).append(", ");
        }
        try (PreparedStatement update = connection.prepareStatement("update payment_line l join (" + rows
                + ") c on c.id = l.id set " + set + "l.version = l.version + 1 where l.status = 'PENDING'")) {
            int i = 1;
            for (Map.Entry<UUID, ConfirmationService.Confirmed> line : accepted.entrySet()) {
                update.setBytes(i++, Uuids.bytes(line.getKey()));
                i = ConfirmationService.bindConfirmation(update, i, line.getValue());
            }
            update.setQueryTimeout(LOCK_WAIT_SECONDS);
            return update.executeUpdate();
        }
    }
}
