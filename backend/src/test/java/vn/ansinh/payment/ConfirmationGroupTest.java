package vn.ansinh.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.payment.PaymentFixtures.confirm;
import static vn.ansinh.payment.PaymentFixtures.count;
import static vn.ansinh.payment.PaymentFixtures.entitled;
import static vn.ansinh.payment.PaymentFixtures.generate;
import static vn.ansinh.payment.PaymentFixtures.line;
import static vn.ansinh.payment.PaymentFixtures.paidCash;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.identity.ScopeLevel;
import vn.ansinh.shared.IdempotencyStore;
import vn.ansinh.shared.Uuids;

/**
 * Paid confirmations written in groups (ADR 0028): a group answers each agent exactly what a
 * confirmation sent alone would have been answered, and writes each payment once.
 */
@QuarkusTest
class ConfirmationGroupTest {

    @Inject
    ConfirmationGroups groups;

    @Inject
    AuditService audit;

    @Inject
    DataSource dataSource;

    @Test
    void aGroupAnswersEachConfirmationAsIfItHadComeAlone() {
        PaymentFixtures.Commune commune = PaymentFixtures.communeWithAgent();
        PaymentFixtures.Entitled bà = entitled(commune.code(), "2026-04");
        PaymentFixtures.Entitled ông = entitled(commune.code(), "2026-04");
        PaymentFixtures.Entitled cụ = entitled(commune.code(), "2026-04");
        String payroll = generate(commune.code(), "2026-04");
        PaymentFixtures.readyForAgent(payroll, commune.agentUser());
        UUID lineOfBà = lineId(payroll, bà);
        UUID lineOfÔng = lineId(payroll, ông);
        UUID lineOfCụ = lineId(payroll, cụ);
        Actor agent = agent(commune.agentUser(), commune.code());
        PaymentFixtures.Commune elsewhere = PaymentFixtures.communeWithAgent();
        Actor strangerAgent = agent(elsewhere.agentUser(), elsewhere.code());
        PayrollRequests.Confirmation cash = paid(RecipientKind.BENEFICIARY, null, null);

        List<ConfirmationGroups.Outcome> first = groups.writeGroup(List.of(
                submitted(lineOfBà, "key-bà-00001", cash, agent),
                submitted(lineOfBà, "key-bà-00001", cash, agent), // the device retried before the first was answered
                submitted(lineOfÔng, "key-ông-00002", cash, agent),
                submitted(lineOfBà, "key-bà-00003", cash, agent), // another device: bà was just paid in this group
                submitted(lineOfCụ, "key-cụ-00004", cash, strangerAgent)));
        assertThat(first.get(0).answer().status()).isEqualTo(201);
        assertThat(first.get(0).answer().replayed()).isFalse();
        assertThat(first.get(1)).as("the same key twice waits for the first, alone").isEqualTo(ConfirmationGroups.Outcome.ALONE);
        assertThat(first.get(2).answer().status()).isEqualTo(201);
        assertThat(first.get(3).refusal().code()).isEqualTo("payment.already-confirmed");
        assertThat(first.get(4).refusal().code()).isEqualTo("payment.line-not-found");

        List<ConfirmationGroups.Outcome> second = groups.writeGroup(List.of(
                submitted(lineOfBà, "key-bà-00001", cash, agent),
                submitted(lineOfÔng, "key-ông-00002", paid(RecipientKind.AUTHORISED, "Lò Thị Hoa", "014180000456"), agent),
                submitted(lineOfCụ, "key-cụ-00005", cash, agent)));
        assertThat(second.get(0).answer().replayed()).isTrue();
        assertThat(second.get(0).answer().body()).isEqualTo(first.get(0).answer().body());
        assertThat(second.get(1).refusal().code()).isEqualTo("idempotency.key-reused");
        assertThat(second.get(2).answer().status()).isEqualTo(201);

        for (UUID line : List.of(lineOfBà, lineOfÔng, lineOfCụ)) {
            assertThat(count("select count(*) from payment_line where id = ? and status = 'PAID' and version = 1", Uuids.bytes(line)))
                    .isEqualTo(1);
            assertThat(count("select count(*) from audit_event where entity_id = ? and chain_commune = ?", Uuids.bytes(line),
                    commune.code())).isEqualTo(1);
        }
        assertThat(count("select count(*) from idempotency_record where owner = ? and idem_key like 'key-%'",
                commune.agentUser())).isEqualTo(3);
        assertThat(audit.verifyChain("14")).isTrue();
    }

    @Test
    void manyAgentsConfirmingAtOnceAreEachRecordedOnceWithTheirOwnAnswers() throws Exception {
        PaymentFixtures.Commune north = PaymentFixtures.communeWithAgent();
        PaymentFixtures.Commune south = PaymentFixtures.communeWithAgent();
        List<Object[]> lines = new ArrayList<>(); // agent user, line id
        for (PaymentFixtures.Commune commune : List.of(north, south)) {
            List<PaymentFixtures.Entitled> people = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                people.add(entitled(commune.code(), "2026-05"));
            }
            String payroll = generate(commune.code(), "2026-05");
            PaymentFixtures.readyForAgent(payroll, commune.agentUser());
            for (PaymentFixtures.Entitled person : people) {
                lines.add(new Object[] { commune.agentUser(), lineId(payroll, person) });
            }
        }
        // Each line: the agent's confirmation sent twice under one key, and another device's under its own.
        ExecutorService pool = Executors.newFixedThreadPool(24);
        CountDownLatch start = new CountDownLatch(1);
        Map<Object, List<Future<ExtractableResponse<Response>>>> answers = new HashMap<>();
        try {
            for (Object[] line : lines) {
                String key = UUID.randomUUID().toString();
                Map<String, Object> body = paidCash();
                for (String k : List.of(key, key, UUID.randomUUID().toString())) {
                    answers.computeIfAbsent(line[1], x -> new ArrayList<>()).add(pool.submit(() -> {
                        start.await();
                        return confirm((String) line[0], line[1], k, body).extract();
                    }));
                }
            }
            start.countDown();
            for (Object[] line : lines) {
                List<Future<ExtractableResponse<Response>>> ofLine = answers.get(line[1]);
                ExtractableResponse<Response> once = ofLine.get(0).get();
                ExtractableResponse<Response> again = ofLine.get(1).get();
                ExtractableResponse<Response> other = ofLine.get(2).get();
                int winners = 0;
                for (ExtractableResponse<Response> answer : List.of(once, again, other)) {
                    assertThat(answer.statusCode()).isIn(201, 409);
                    winners += answer.statusCode() == 201 && "false".equals(answer.header("Idempotent-Replayed")) ? 1 : 0;
                }
                assertThat(winners).as("line %s", line[1]).isEqualTo(1);
                assertThat(once.statusCode()).isEqualTo(again.statusCode());
                if (once.statusCode() == 201) {
                    assertThat(again.asString()).isEqualTo(once.asString());
                    assertThat(other.statusCode()).isEqualTo(409);
                }
                assertThat(count("select count(*) from audit_event where entity_id = ? and action = 'payment.paid'",
                        Uuids.bytes((UUID) line[1]))).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(audit.verifyChain("14")).isTrue();
    }

    @Test
    void aLineHeldByAnotherTransactionDoesNotHoldUpTheGroupItIsWrittenAloneOnceFree() throws Exception {
        PaymentFixtures.Commune commune = PaymentFixtures.communeWithAgent();
        PaymentFixtures.Entitled person = entitled(commune.code(), "2026-06");
        String payroll = generate(commune.code(), "2026-06");
        PaymentFixtures.readyForAgent(payroll, commune.agentUser());
        UUID line = lineId(payroll, person);
        String key = UUID.randomUUID().toString();
        try (Connection closing = dataSource.getConnection()) {
            // Another transaction holds the line (as a payroll being closed would) and does not let go for a while.
            closing.setAutoCommit(false);
            try (PreparedStatement hold = closing.prepareStatement("select status from payment_line where id = ? for update")) {
                hold.setBytes(1, Uuids.bytes(line));
                hold.executeQuery().close();
            }
            long started = System.nanoTime();
            assertThatThrownBy(() -> groups.writeGroup(List.of(submitted(line, key, paid(RecipientKind.BENEFICIARY, null, null),
                    agent(commune.agentUser(), commune.code()))))).as("the group gives up instead of waiting").isNotNull();
            // InnoDB would wait 50 s for the lock; the group stops after its own short wait.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
            assertThat(count("select count(*) from idempotency_record where idem_key = ?", key)).isZero();
            closing.rollback();
        }
        // Free again: the agent's retry with the same key is recorded once.
        confirm(commune.agentUser(), line, key, paidCash()).statusCode(201).header("Idempotent-Replayed", "false");
        assertThat(count("select count(*) from audit_event where entity_id = ? and action = 'payment.paid'", Uuids.bytes(line)))
                .isEqualTo(1);
    }

    private static UUID lineId(String payroll, PaymentFixtures.Entitled person) {
        return UUID.fromString((String) line(payroll, person.entitlementId(), "REGULAR").get("id"));
    }

    private static Actor agent(String username, String commune) {
        return new Actor(username, Role.PAYMENT_AGENT, ScopeLevel.COMMUNE, "14", commune);
    }

    private static PayrollRequests.Confirmation paid(RecipientKind recipient, String name, String idNumber) {
        return new PayrollRequests.Confirmation(LineStatus.PAID, Instant.parse("2026-04-05T02:30:00Z"), recipient, name, idNumber,
                PaymentMethod.CASH, null);
    }

    private static ConfirmationGroups.Submitted submitted(UUID lineId, String key, PayrollRequests.Confirmation request,
            Actor actor) {
        return new ConfirmationGroups.Submitted(lineId, key,
                IdempotencyStore.hash(ConfirmationService.OPERATION, ConfirmationService.canonical(lineId, request)), request, actor);
    }
}
