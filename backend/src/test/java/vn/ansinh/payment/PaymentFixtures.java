package vn.ansinh.payment;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.ansinh.benefit.Amount;
import vn.ansinh.benefit.BenefitService;
import vn.ansinh.benefit.DecisionGrant;
import vn.ansinh.identity.AreaScope;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.Uuids;
import vn.ansinh.testing.Accounts;
import vn.ansinh.testing.Api;
import vn.ansinh.testing.People;

/** Payment test data: agents and communes through the API, entitlements through BenefitService (as a decision would). */
final class PaymentFixtures {

    /** A second province officer of Sơn La: approves what {@code province} generated. */
    static final String APPROVER = "province-2";

    private static List<String> freeCommunes;

    private PaymentFixtures() {
    }

    static RequestSpecification json(String username) {
        return Api.session(username).contentType(ContentType.JSON);
    }

    /** A new post-office agent of Sơn La (14); answers its id. */
    static String agent(String code) {
        return json("province").body(Map.of("provinceCode", "14", "code", code, "name", "Bưu điện " + code,
                "kind", "POST_OFFICE")).post("/api/v1/payment-agents").then().statusCode(201).extract().path("id");
    }

    /** A Sơn La commune no other test of this run has taken (not the demo commune nor commune B). */
    static synchronized String freeCommune() {
        if (freeCommunes == null) {
            List<String> codes = Api.session("province").queryParam("parentCode", "14").queryParam("size", 200)
                    .get("/api/v1/areas").then().statusCode(200).extract().path("items.code");
            freeCommunes = new ArrayList<>(codes.stream().filter(c -> !c.equals("03688") && !c.equals("03646")).toList());
            Collections.shuffle(freeCommunes);
        }
        return freeCommunes.remove(0);
    }

    /** A commune of its own with a service point of a new agent and an agent user assigned; answers (commune, agent user). */
    static Commune communeWithAgent() {
        String commune = freeCommune();
        String agentId = agent("T" + commune + People.uniqueWord().substring(0, 5));
        json("province").body(Map.of("communeCode", commune, "name", "Điểm BĐVH " + commune))
                .post("/api/v1/payment-agents/" + agentId + "/service-points").then().statusCode(201);
        String agentUser = Accounts.ensure("agent-" + commune, Role.PAYMENT_AGENT, AreaScope.commune(commune));
        json("province").body(Map.of("username", agentUser, "communeCode", commune))
                .post("/api/v1/payment-agents/" + agentId + "/users").then().statusCode(201);
        Accounts.ensure(APPROVER, Role.PROVINCE_OFFICER, AreaScope.province("14"));
        return new Commune(commune, agentUser, agentId);
    }

    record Commune(String code, String agentUser, String agentId) {
    }

    /** A person of the commune (with a national ID and a village) holding an entitlement of 1.5 × 500,000 from a month. */
    static Entitled entitled(String commune, String startMonth) {
        String village = "Bản " + People.uniqueWord();
        String worker = Accounts.ensure("worker-" + commune, Role.SOCIAL_WORKER, AreaScope.commune(commune));
        String villageId = json(worker).body(Map.of("communeCode", commune, "name", village))
                .post("/api/v1/villages").then().statusCode(201).extract().path("id");
        People.PersonBuilder head = People.aPerson().inCommune(commune).bornOn("1940-05-01").withNationalId();
        JsonPath household = json(worker)
                .body(People.aHousehold().inCommune(commune).with("villageId", villageId).member(head, "HEAD").body())
                .post("/api/v1/households").then().statusCode(201).extract().jsonPath();
        UUID personId = UUID.fromString(household.getString("head.id"));
        UUID entitlementId = Arc.container().instance(BenefitService.class).get().createFromDecision(new DecisionGrant(
                personId, null, "14", commune, "ND20", "ND20_5_5_A_80_PLUS", YearMonth.parse(startMonth), "12/QĐ-UBND",
                LocalDate.parse(startMonth + "-01"), "Cầm Văn Hùng", Amount.of(new BigDecimal("1.5"), 500_000L, null, null)),
                "test").id();
        return new Entitled(entitlementId, personId, (String) head.get("fullName"), (String) head.get("nationalId"), village);
    }

    record Entitled(UUID entitlementId, UUID personId, String fullName, String nationalId, String village) {
    }

    /** Ends an entitlement after a month (as a termination would), straight in the table. */
    static void endAfter(UUID entitlementId, String lastMonth) {
        sql("update entitlement set end_month = ? where id = ?", java.sql.Date.valueOf(lastMonth + "-01"),
                Uuids.bytes(entitlementId));
    }

    static int sql(String statement, Object... args) {
        try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                update.setObject(i + 1, args[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String query, Object... args) {
        try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection();
                PreparedStatement select = connection.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
                select.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Generates the commune's payroll for a month as {@code province}, waits for the job, answers the payroll id. */
    static String generate(String commune, String month) {
        String runId = json("province").body(Map.of("month", month, "communeCode", commune)).post("/api/v1/payroll-runs")
                .then().statusCode(202).extract().path("id");
        awaitRun(runId);
        return payrollOf(commune, month);
    }

    static void awaitRun(String runId) {
        for (int i = 0; i < 600; i++) {
            String status = Api.session("province").get("/api/v1/payroll-runs/" + runId).then().statusCode(200)
                    .extract().path("status");
            if ("DONE".equals(status)) {
                return;
            }
            if ("FAILED".equals(status)) {
                throw new AssertionError("generation failed: " + Api.session("province").get("/api/v1/payroll-runs/" + runId)
                        .then().extract().path("failure"));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("generation did not finish");
    }

    static String payrollOf(String commune, String month) {
        List<String> ids = Api.session("province").queryParam("communeCode", commune).queryParam("month", month)
                .get("/api/v1/payrolls").then().statusCode(200).extract().path("items.id");
        if (ids.size() != 1) {
            throw new AssertionError("expected one payroll of " + commune + " " + month + ", found " + ids.size());
        }
        return ids.get(0);
    }

    /** Approves (second officer), sends and acknowledges (the agent, with the control totals): ready for confirmations. */
    static void readyForAgent(String payrollId, String agentUser) {
        Api.session(APPROVER).post("/api/v1/payrolls/" + payrollId + "/approval").then().statusCode(200);
        Api.session("province").post("/api/v1/payrolls/" + payrollId + "/dispatch").then().statusCode(200);
        JsonPath payroll = Api.session("province").get("/api/v1/payrolls/" + payrollId).then().extract().jsonPath();
        json(agentUser).body(Map.of("lineCount", payroll.getInt("payableLineCount"), "totalVnd", payroll.getLong("payableTotalVnd")))
                .post("/api/v1/payrolls/" + payrollId + "/acknowledgement").then().statusCode(200)
                .body("status", is("ACKNOWLEDGED"));
    }

    /** The lines of a payroll for one entitlement, as (kind → line) JSON. */
    static List<Map<String, Object>> linesOf(String payrollId, UUID entitlementId) {
        List<Map<String, Object>> lines = Api.session("province").queryParam("size", 5000)
                .get("/api/v1/payrolls/" + payrollId + "/lines").then().statusCode(200).extract().path("items");
        return lines.stream().filter(l -> entitlementId.toString().equals(l.get("entitlementId"))).toList();
    }

    static Map<String, Object> line(String payrollId, UUID entitlementId, String kind) {
        return linesOf(payrollId, entitlementId).stream().filter(l -> kind.equals(l.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " line"));
    }

    static Map<String, Object> paidCash() {
        return Map.of("outcome", "PAID", "confirmedAt", Instant.now().minusSeconds(60).toString(), "recipientKind", "BENEFICIARY",
                "method", "CASH");
    }

    static Map<String, Object> notPaid(String reason) {
        return Map.of("outcome", "NOT_PAID", "confirmedAt", Instant.now().minusSeconds(60).toString(), "reason", reason);
    }

    static io.restassured.response.ValidatableResponse confirm(String agentUser, Object lineId, String key, Map<String, Object> body) {
        return json(agentUser).header("Idempotency-Key", key).body(body)
                .post("/api/v1/payment-lines/" + lineId + "/confirmation").then()
                .statusCode(anyOf(is(201), is(409), is(422), is(400), is(404)));
    }
}
