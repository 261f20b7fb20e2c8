package vn.ansinh.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static vn.ansinh.payment.PaymentFixtures.confirm;
import static vn.ansinh.payment.PaymentFixtures.count;
import static vn.ansinh.payment.PaymentFixtures.entitled;
import static vn.ansinh.payment.PaymentFixtures.generate;
import static vn.ansinh.payment.PaymentFixtures.json;
import static vn.ansinh.payment.PaymentFixtures.line;
import static vn.ansinh.payment.PaymentFixtures.linesOf;
import static vn.ansinh.payment.PaymentFixtures.notPaid;
import static vn.ansinh.payment.PaymentFixtures.paidCash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import vn.ansinh.shared.Uuids;
import vn.ansinh.testing.Api;

@QuarkusTest
class ConfirmationApiTest {

    private record Ready(PaymentFixtures.Commune commune, PaymentFixtures.Entitled person, String payroll, Object lineId) {
    }

    private static Ready ready(String month) {
        PaymentFixtures.Commune commune = PaymentFixtures.communeWithAgent();
        PaymentFixtures.Entitled person = entitled(commune.code(), month);
        String payroll = generate(commune.code(), month);
        PaymentFixtures.readyForAgent(payroll, commune.agentUser());
        return new Ready(commune, person, payroll, line(payroll, person.entitlementId(), "REGULAR").get("id"));
    }

    @Test
    void fiftyParallelConfirmationsOfOnePaymentHaveExactlyOneWinner() throws Exception {
        Ready ready = ready("2026-01");
        String agent = ready.commune().agentUser();
        Api.session(agent);
        Map<String, Object> body = paidCash();
        String sharedKey = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                // Half retry one key with one body, half are other devices' confirmations with keys of their own.
                String key = i % 2 == 0 ? sharedKey : UUID.randomUUID().toString();
                Map<String, Object> request = i % 2 == 0 ? body : (i % 4 == 1 ? notPaid("ABSENT") : paidCash());
                answers.add(pool.submit(() -> {
                    start.await();
                    return confirm(agent, ready.lineId(), key, request).extract();
                }));
            }
            start.countDown();
            int winners = 0;
            List<String> sharedBodies = new ArrayList<>();
            Map<Integer, Integer> statuses = new HashMap<>();
            for (int i = 0; i < 50; i++) {
                ExtractableResponse<Response> answer = answers.get(i).get();
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                if (answer.statusCode() == 201 && "false".equals(answer.header("Idempotent-Replayed"))) {
                    winners++;
                }
                if (i % 2 == 0 && answer.statusCode() == 201) {
                    sharedBodies.add(answer.asString());
                }
                if (answer.statusCode() == 409) {
                    assertThat(answer.<String>path("code")).isEqualTo("payment.already-confirmed");
                }
            }
            assertThat(winners).as("statuses %s", statuses).isEqualTo(1);
            assertThat(statuses.keySet()).containsOnly(201, 409);
            assertThat(sharedBodies).allMatch(b -> b.equals(sharedBodies.get(0)));
        } finally {
            pool.shutdown();
        }
        assertThat(count("select count(*) from audit_event where entity_id = ? and action in ('payment.paid', 'payment.not-paid')",
                Uuids.bytes(UUID.fromString(ready.lineId().toString())))).isEqualTo(1);
        // Confirmations go to their commune's audit chain (ADR 0021); the province's chains all still verify.
        assertThat(count("select count(*) from audit_event where entity_id = ? and chain_commune = ?",
                Uuids.bytes(UUID.fromString(ready.lineId().toString())), ready.commune().code())).isEqualTo(1);
        assertThat(io.quarkus.arc.Arc.container().instance(vn.ansinh.audit.AuditService.class).get().verifyChain("14")).isTrue();
    }

    @Test
    void aReplayAnswersTheSameAnotherBodyUnderTheKeyIs422AndASecondConfirmationIs409() {
        Ready ready = ready("2026-02");
        String agent = ready.commune().agentUser();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("outcome", "PAID", "confirmedAt", "2026-02-05T02:30:00Z", "recipientKind", "AUTHORISED",
                "recipientName", "Lò Thị Hoa", "recipientIdNumber", "014180000456", "method", "CASH");
        String first = confirm(agent, ready.lineId(), key, body).statusCode(201).header("Idempotent-Replayed", "false")
                .body("status", is("PAID")).body("recipientName", is("Lò Thị Hoa")).body("confirmedBy", is(agent))
                .extract().asString();
        String again = confirm(agent, ready.lineId(), key, body).statusCode(201).header("Idempotent-Replayed", "true")
                .extract().asString();
        assertThat(again).isEqualTo(first);
        confirm(agent, ready.lineId(), key, paidCash()).statusCode(422).body("code", is("idempotency.key-reused"));
        confirm(agent, ready.lineId(), UUID.randomUUID().toString(), notPaid("ABSENT")).statusCode(409)
                .body("code", is("payment.already-confirmed"));

        json(agent).body(paidCash()).post("/api/v1/payment-lines/" + ready.lineId() + "/confirmation").then().statusCode(400)
                .body("code", is("idempotency.key-required"));
        confirm(agent, ready.lineId(), UUID.randomUUID().toString(), Map.of("outcome", "PAID",
                "confirmedAt", "2026-02-05T02:30:00Z", "recipientKind", "AUTHORISED", "method", "CASH")).statusCode(400)
                .body("errors[0].code", is("payment.recipient-required"));
        confirm(agent, ready.lineId(), UUID.randomUUID().toString(), Map.of("outcome", "NOT_PAID",
                "confirmedAt", "2026-02-05T02:30:00Z")).statusCode(400).body("errors[0].code", is("payment.reason-required"));
        PaymentFixtures.Commune stranger = PaymentFixtures.communeWithAgent();
        confirm(stranger.agentUser(), ready.lineId(), UUID.randomUUID().toString(), paidCash()).statusCode(404)
                .body("code", is("payment.line-not-found"));
    }

    @Test
    void aPaymentIsConfirmedOnlyOnceTheAgentAcknowledgedThePayroll() {
        PaymentFixtures.Commune commune = PaymentFixtures.communeWithAgent();
        PaymentFixtures.Entitled person = entitled(commune.code(), "2026-03");
        String payroll = generate(commune.code(), "2026-03");
        Object lineId = line(payroll, person.entitlementId(), "REGULAR").get("id");
        Api.session(PaymentFixtures.APPROVER).post("/api/v1/payrolls/" + payroll + "/approval").then().statusCode(200);
        Api.session("province").post("/api/v1/payrolls/" + payroll + "/dispatch").then().statusCode(200);
        confirm(commune.agentUser(), lineId, UUID.randomUUID().toString(), paidCash()).statusCode(409)
                .body("code", is("payment.payroll-state"));
    }

    @Test
    void unpaidLinesCarryOverAndThreeUncollectedMonthsSuspendTheEntitlement() {
        PaymentFixtures.Commune commune = PaymentFixtures.communeWithAgent();
        PaymentFixtures.Entitled person = entitled(commune.code(), "2026-04");
        String agent = commune.agentUser();
        UUID entitlement = person.entitlementId();

        String april = generate(commune.code(), "2026-04");
        PaymentFixtures.readyForAgent(april, agent);
        confirm(agent, line(april, entitlement, "REGULAR").get("id"), UUID.randomUUID().toString(), notPaid("ABSENT"))
                .statusCode(201);

        String may = generate(commune.code(), "2026-05");
        Map<String, Object> carried = line(may, entitlement, "CARRY_OVER");
        assertThat(carried).containsEntry("amountVnd", 750000).containsEntry("firstMonth", "2026-04")
                .containsEntry("sourceId", line(april, entitlement, "REGULAR").get("id"));
        assertThat(count("select count(*) from payment_line_month m join payment_line l on l.id = m.line_id "
                + "where m.entitlement_id = ? and m.month = '2026-04-01' and l.kind = 'CARRY_OVER'", Uuids.bytes(entitlement)))
                .isEqualTo(1);
        PaymentFixtures.readyForAgent(may, agent);
        for (Map<String, Object> l : linesOf(may, entitlement)) {
            confirm(agent, l.get("id"), UUID.randomUUID().toString(), notPaid("ABSENT")).statusCode(201);
        }
        assertThat(status(entitlement)).isEqualTo("ACTIVE");

        String june = generate(commune.code(), "2026-06");
        assertThat(linesOf(june, entitlement)).extracting(l -> l.get("kind"))
                .containsExactlyInAnyOrder("REGULAR", "CARRY_OVER", "CARRY_OVER");
        PaymentFixtures.readyForAgent(june, agent);
        for (Map<String, Object> l : linesOf(june, entitlement)) {
            confirm(agent, l.get("id"), UUID.randomUUID().toString(), notPaid("ABSENT")).statusCode(201);
        }
        assertThat(status(entitlement)).isEqualTo("SUSPENDED");
        assertThat(count("select count(*) from audit_event where entity_id = ? and action = 'entitlement.suspended'",
                Uuids.bytes(entitlement))).isEqualTo(1);

        // Suspended: nothing is paid in July, and the unpaid months are freed for arrears should they be owed again.
        String run = json("province").body(Map.of("month", "2026-07", "communeCode", commune.code()))
                .post("/api/v1/payroll-runs").then().statusCode(202).extract().path("id");
        PaymentFixtures.awaitRun(run);
        assertThat(count("select count(*) from payroll where commune_code = ? and month = '2026-07-01'", commune.code()))
                .as("no payroll without lines").isZero();
        assertThat(count("select count(*) from payment_line_month where entitlement_id = ?", Uuids.bytes(entitlement)))
                .isZero();
    }

    @Test
    void aDeathReportedByTheAgentProposesTerminationAndOwesFuneralSupport() {
        Ready ready = ready("2026-08");
        confirm(ready.commune().agentUser(), ready.lineId(), UUID.randomUUID().toString(), notPaid("DECEASED")).statusCode(201)
                .body("notPaidReason", is("DECEASED"));
        assertThat(count("select count(*) from entitlement_proposal where entitlement_id = ? and kind = 'TERMINATION'",
                Uuids.bytes(ready.person().entitlementId()))).isEqualTo(1);
        String september = generate(ready.commune().code(), "2026-09");
        Map<String, Object> funeral = line(september, ready.person().entitlementId(), "FUNERAL");
        assertThat(funeral).containsEntry("amountVnd", 10_000_000).containsEntry("fullName", ready.person().fullName());
    }

    @Test
    void aBatchOfOfflineConfirmationsIsAnsweredPerItemAndMayBeResent() {
        PaymentFixtures.Commune commune = PaymentFixtures.communeWithAgent();
        PaymentFixtures.Entitled a = entitled(commune.code(), "2026-10");
        PaymentFixtures.Entitled b = entitled(commune.code(), "2026-10");
        String payroll = generate(commune.code(), "2026-10");
        PaymentFixtures.readyForAgent(payroll, commune.agentUser());
        Object lineA = line(payroll, a.entitlementId(), "REGULAR").get("id");
        Object lineB = line(payroll, b.entitlementId(), "REGULAR").get("id");
        String keyA = UUID.randomUUID().toString();
        String keyB = UUID.randomUUID().toString();
        Map<String, Object> batch = Map.of("items", List.of(
                Map.of("idempotencyKey", keyA, "lineId", lineA, "confirmation", paidCash()),
                Map.of("idempotencyKey", keyB, "lineId", lineB, "confirmation", notPaid("MOVED")),
                Map.of("idempotencyKey", UUID.randomUUID().toString(), "lineId", lineA, "confirmation", notPaid("ABSENT"))));
        json(commune.agentUser()).body(batch).post("/api/v1/payment-confirmations/batch").then().statusCode(200)
                .body("items[0].status", is(201)).body("items[0].replayed", is(false)).body("items[0].line.status", is("PAID"))
                .body("items[1].status", is(201)).body("items[1].line.notPaidReason", is("MOVED"))
                .body("items[2].status", is(409)).body("items[2].problem.code", is("payment.already-confirmed"));
        json(commune.agentUser()).body(batch).post("/api/v1/payment-confirmations/batch").then().statusCode(200)
                .body("items[0].status", is(201)).body("items[0].replayed", is(true))
                .body("items[1].replayed", is(true)).body("items[2].status", is(409));
    }

    private static String status(UUID entitlementId) {
        return count("select count(*) from entitlement where id = ? and status = 'SUSPENDED'", Uuids.bytes(entitlementId)) == 1
                ? "SUSPENDED" : "ACTIVE";
    }
}
