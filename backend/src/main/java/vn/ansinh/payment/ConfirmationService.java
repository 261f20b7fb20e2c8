package vn.ansinh.payment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.FieldErrors;
import vn.ansinh.shared.IdempotencyStore;
import vn.ansinh.shared.Problem;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.Problems;
import vn.ansinh.shared.Uuids;
import vn.ansinh.shared.VietnameseText;

/**
 * Agents' confirmations. Each is one short transaction (ADR 0020): claim the Idempotency-Key, move
 * the line from PENDING with a conditional UPDATE (the database decides who is first), follow-ups
 * of a payment not made, one audit event, the stored answer. A replay answers the stored answer; a
 * different confirmation of a confirmed line answers 409.
 */
@ApplicationScoped
public class ConfirmationService {

    static final String OPERATION = "payment.confirmation";
    /** How far ahead of the server a device clock may be. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    UnpaidRules unpaid;

    @Inject
    AuditService audit;

    @Inject
    ObjectMapper json;

    @Inject
    Problems problems;

    @Inject
    Clock clock;

    @Inject
    ConfirmationService self;

    @Inject
    ConfirmationGroups groups;

    /** An answer as sent: status and JSON body, and whether it repeats an earlier one. */
    public record Answer(int status, String body, boolean replayed) {
    }

    /**
     * Records a confirmation. Racing claims of one key can deadlock in InnoDB when the first claimer
     * rolls back (a refusal): the transaction the database chose as victim is run again, and then finds
     * the stored answer or the final state of the line.
     */
    public Answer confirm(UUID lineId, String key, PayrollRequests.Confirmation request, Actor actor) {
        PayrollService.requireRole(actor, Role.PAYMENT_AGENT);
        IdempotencyStore.requireKey(key);
        validate(request);
        String hash = IdempotencyStore.hash(OPERATION, canonical(lineId, request));
        if (request.outcome() == LineStatus.PAID) {
            // Paid confirmations, nearly all of them, are written in groups (ADR 0028); one the group
            // cannot settle comes back empty and is written alone below.
            Optional<Answer> grouped = groups.write(new ConfirmationGroups.Submitted(lineId, key, hash, request, actor));
            if (grouped.isPresent()) {
                return grouped.get();
            }
        }
        for (int attempt = 1;; attempt++) {
            try {
                return self.confirmOnce(lineId, key, hash, request, actor);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
            }
        }
    }

    private static final int MAX_ATTEMPTS = 5;

    private static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransactionRollbackException
                    || t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213)) {
                return true;
            }
        }
        return false;
    }

    @Transactional
    Answer confirmOnce(UUID lineId, String key, String hash, PayrollRequests.Confirmation request, Actor actor) {
        Optional<IdempotencyStore.StoredResponse> stored = idempotency.claim(actor.username(), key, OPERATION, hash);
        if (stored.isPresent()) {
            return new Answer(stored.get().status(), stored.get().body(), true);
        }
        Confirmed confirmed = apply(lineId, key, request, actor);
        String body = toJson(json, confirmed.line());
        idempotency.complete(actor.username(), key, confirmed.provinceCode(), 201, body);
        // Last, so that the commune's chain head stays locked only until the commit that follows (ADR 0021).
        audit.recordInCommuneChain(confirmed.event());
        return new Answer(201, body, false);
    }

    /** Offline confirmations: each item in its own transaction, answered as if it had been sent alone. */
    public BatchResultView confirmBatch(PayrollRequests.Batch batch, Locale locale, Actor actor) {
        PayrollService.requireRole(actor, Role.PAYMENT_AGENT);
        List<BatchResultView.Item> items = new ArrayList<>();
        for (PayrollRequests.BatchItem item : batch.items()) {
            try {
                if (item.confirmation() == null || item.lineId() == null) {
                    throw ProblemException.invalidField(item.lineId() == null ? "lineId" : "confirmation", "required");
                }
                Answer answer = self.confirm(item.lineId(), item.idempotencyKey(), item.confirmation(), actor);
                items.add(new BatchResultView.Item(item.idempotencyKey(), item.lineId(), answer.status(), answer.replayed(),
                        json.readValue(answer.body(), PaymentLineView.class), null));
            } catch (ProblemException e) {
                Problem problem = problems.problem(locale, e.status(), e.code(), "/api/v1/payment-confirmations/batch",
                        e.fieldErrors(), e.extensions(), e.args());
                items.add(new BatchResultView.Item(item.idempotencyKey(), item.lineId(), e.status(), false, null, problem));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new BatchResultView(items);
    }

    /** A line as one confirmation leaves it, and the audit event that records it. */
    record Confirmed(PaymentLineView line, String key, String provinceCode, String communeCode, AuditEntry event) {
    }

    /** Refuses a confirmation of a line already confirmed, or of a payroll the agent has not acknowledged. */
    static void requireConfirmable(PaymentLineView line, String payrollStatus) {
        if (line.status() != LineStatus.PENDING) {
            throw ProblemException.conflict("payment.already-confirmed", line.status().name());
        }
        if (!PayrollStatus.ACKNOWLEDGED.name().equals(payrollStatus)) {
            throw new ProblemException(409, "payment.payroll-state", payrollStatus, "ACKNOWLEDGED");
        }
    }

    /** The pending line as this confirmation leaves it (recorded now by the actor), and its audit event. */
    static Confirmed confirmed(PaymentLineView line, String province, String commune, String key,
            PayrollRequests.Confirmation request, Instant now, Actor actor) {
        Instant at = request.confirmedAt().truncatedTo(ChronoUnit.MILLIS);
        boolean paid = request.outcome() == LineStatus.PAID;
        RecipientKind recipient = paid ? request.recipientKind() : null;
        String recipientName = paid ? (recipient == RecipientKind.BENEFICIARY ? line.fullName() : clean(request.recipientName())) : null;
        String recipientId = paid ? (recipient == RecipientKind.BENEFICIARY ? line.nationalId() : clean(request.recipientIdNumber())) : null;
        PaymentLineView confirmed = new PaymentLineView(line.id(), line.payrollId(), line.month(), line.kind(),
                line.entitlementId(), line.personId(), line.amountVnd(), line.firstMonth(), line.lastMonth(),
                line.monthCount(), line.fullName(), line.foldedName(), line.nationalId(), line.villageName(),
                line.programmeCode(), line.groupCode(), line.coefficient(), line.standardLevelVnd(), line.sourceId(),
                line.note(), request.outcome(), at, now, actor.username(), recipient, recipientName, recipientId,
                paid ? request.method() : null, paid ? null : request.reason(), line.version() + 1);
        AuditEntry event = new AuditEntry(actor.username(), actor.role().name(),
                paid ? "payment.paid" : "payment.not-paid", "PAYMENT_LINE", line.id(), province, commune,
                paid ? List.of(new AuditEntry.Change("status", "PENDING", "PAID"),
                        new AuditEntry.Change("recipient", null, recipient + " " + recipientName),
                        new AuditEntry.Change("method", null, request.method().name()))
                        : List.of(new AuditEntry.Change("status", "PENDING", "NOT_PAID"),
                                new AuditEntry.Change("reason", null, request.reason().name())));
        return new Confirmed(confirmed, key, province, commune, event);
    }

    /**
     * The confirmation's columns of {@code payment_line}, in the order of {@link #CONFIRMATION_COLUMNS}, from
     * position {@code first} on; answers the next free position.
     */
    static int bindConfirmation(PreparedStatement statement, int first, Confirmed confirmation) throws SQLException {
        PaymentLineView confirmed = confirmation.line();
        int i = first;
        statement.setString(i++, confirmed.status().name());
        statement.setTimestamp(i++, Timestamp.from(confirmed.confirmedAt()));
        statement.setTimestamp(i++, Timestamp.from(confirmed.recordedAt()));
        statement.setString(i++, confirmed.confirmedBy());
        statement.setString(i++, confirmed.recipientKind() == null ? null : confirmed.recipientKind().name());
        statement.setString(i++, confirmed.recipientName());
        statement.setString(i++, confirmed.recipientIdNumber());
        statement.setString(i++, confirmed.method() == null ? null : confirmed.method().name());
        statement.setString(i++, confirmed.notPaidReason() == null ? null : confirmed.notPaidReason().name());
        statement.setString(i++, confirmation.key());
        return i;
    }

    static final List<String> CONFIRMATION_COLUMNS = List.of("status", "confirmed_at", "recorded_at", "confirmed_by",
            "recipient_kind", "recipient_name", "recipient_id_number", "method", "not_paid_reason", "confirmation_key");

    private Confirmed apply(UUID lineId, String key, PayrollRequests.Confirmation request, Actor actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (Connection connection = dataSource.getConnection()) {
            Confirmed confirmed;
            try (PreparedStatement select = connection.prepareStatement("select " + PaymentLines.COLUMNS + """
                    , l.province_code, l.commune_code, p.status,
                      exists (select 1 from agent_user a where a.username = ? and a.commune_code = l.commune_code
                              and a.agent_id = p.agent_id)
                    from payment_line l join payroll p on p.id = l.payroll_id where l.id = ?""")) {
                select.setString(1, actor.username());
                select.setBytes(2, Uuids.bytes(lineId));
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next() || !row.getBoolean(34)) {
                        throw ProblemException.notFound("payment.line-not-found");
                    }
                    PaymentLineView line = PaymentLines.read(row);
                    requireConfirmable(line, row.getString(33));
                    confirmed = confirmed(line, row.getString(31), row.getString(32), key, request, now, actor);
                }
            }
            try (PreparedStatement update = connection.prepareStatement("update payment_line set "
                    + String.join(" = ?, ", CONFIRMATION_COLUMNS) + " = ?, version = version + 1 where id = ? and status = 'PENDING'")) {
                int next = bindConfirmation(update, 1, confirmed);
                update.setBytes(next, Uuids.bytes(lineId));
                if (update.executeUpdate() == 0) {
                    // Someone else's confirmation committed between the read and the update: theirs is final.
                    throw ProblemException.conflict("payment.already-confirmed", "PAID/NOT_PAID");
                }
            }
            PaymentLineView line = confirmed.line();
            LocalDate month = PaymentLines.monthOf(line.month());
            boolean paid = request.outcome() == LineStatus.PAID;
            if (!paid && line.kind() != LineKind.ADJUSTMENT) {
                unpaid.waiting(connection, lineId, confirmed.provinceCode(), confirmed.communeCode(), month);
            }
            if (!paid && request.reason() == NotPaidReason.DECEASED) {
                unpaid.deathReported(line, confirmed.provinceCode(), confirmed.communeCode(),
                        LocalDate.ofInstant(line.confirmedAt(), vn.ansinh.shared.Clocks.VIETNAM), actor.username(),
                        actor.role().name());
            } else if (!paid && line.kind() != LineKind.ADJUSTMENT && line.kind() != LineKind.FUNERAL) {
                unpaid.checkUncollected(line.entitlementId(), month, actor.username());
            }
            return confirmed;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the confirmation", e);
        }
    }

    private void validate(PayrollRequests.Confirmation request) {
        FieldErrors errors = new FieldErrors();
        errors.required("outcome", request.outcome());
        errors.required("confirmedAt", request.confirmedAt());
        if (request.confirmedAt() != null && request.confirmedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            errors.add("confirmedAt", "payment.device-time-future");
        }
        if (request.outcome() == LineStatus.PAID) {
            errors.required("recipientKind", request.recipientKind());
            errors.required("method", request.method());
            if (request.reason() != null) {
                errors.add("reason", "payment.not-for-paid");
            }
            if (request.recipientKind() == RecipientKind.AUTHORISED) {
                String name = errors.text("recipientName", request.recipientName(), 100, false);
                String id = errors.text("recipientIdNumber", request.recipientIdNumber(), 20, false);
                if (name == null || id == null) {
                    errors.add(name == null ? "recipientName" : "recipientIdNumber", "payment.recipient-required");
                }
            }
        } else if (request.outcome() == LineStatus.NOT_PAID) {
            if (request.reason() == null || request.reason() == NotPaidReason.NOT_REPORTED) {
                errors.add("reason", "payment.reason-required");
            }
            if (request.method() != null || request.recipientKind() != null) {
                errors.add(request.method() != null ? "method" : "recipientKind", "payment.not-for-unpaid");
            }
        } else if (request.outcome() != null) {
            errors.add("outcome", "unknown-value");
        }
        errors.throwIfAny();
    }

    static String canonical(UUID lineId, PayrollRequests.Confirmation c) {
        return String.join("\n", lineId.toString(), String.valueOf(c.outcome()),
                c.confirmedAt().truncatedTo(ChronoUnit.MILLIS).toString(), String.valueOf(c.recipientKind()),
                String.valueOf(clean(c.recipientName())), String.valueOf(clean(c.recipientIdNumber())),
                String.valueOf(c.method()), String.valueOf(c.reason()));
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : VietnameseText.nfc(text.strip());
    }

    /** The line as a confirmation answers it (and stores it under its key). */
    static String toJson(ObjectMapper json, PaymentLineView line) {
        try {
            return json.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
