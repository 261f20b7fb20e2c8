package vn.ansinh.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.ansinh.testing.People.aPerson;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.ansinh.testing.Accounts;
import vn.ansinh.testing.Api;

@QuarkusTest
class BenefitApiTest {

    @Inject
    BenefitService benefits;

    static UUID aPersonId() {
        return UUID.fromString(Api.session("worker").contentType(ContentType.JSON).body(aPerson().bornOn("1945-03-10").body())
                .post("/api/v1/people").then().statusCode(201).extract().path("id"));
    }

    EntitlementView granted(String startMonth) {
        return benefits.createFromDecision(new DecisionGrant(aPersonId(), null, "14", "03688", "ND176", "ND176_75_PLUS",
                YearMonth.parse(startMonth), "15/QĐ-UBND", LocalDate.parse("2026-11-20"), "Lường Văn Hùng",
                Amount.of(new BigDecimal("1.0"), 500_000, null, null)), "test");
    }

    static JsonPath post(String user, String path, Object body, int status) {
        return Api.session(user).contentType(ContentType.JSON).body(body).post("/api/v1/entitlements/" + path).then()
                .statusCode(status).extract().jsonPath();
    }

    static List<Map<String, Object>> months(UUID id, String to) {
        return Api.session("worker").get("/api/v1/entitlements/" + id + "/months?to=" + to).then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    @Test
    void aDecisionCreatesAnEntitlementWithItsFirstVersionAndTheArrearsMonths() {
        EntitlementView e = granted("2026-09");
        Api.session("worker").get("/api/v1/entitlements/" + e.id()).then().statusCode(200)
                .body("status", is("ACTIVE")).body("startMonth", is("2026-09")).body("endMonth", nullValue())
                .body("amountVnd", is(500000)).body("versions[0].effectiveMonth", is("2026-09"))
                .body("arrearsMonths", contains("2026-09", "2026-10", "2026-11")).body("personName", org.hamcrest.Matchers.notNullValue());
        Api.session("worker").get("/api/v1/entitlements?communeCode=03688&personId=" + e.personId()).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].id", is(e.id().toString()));
    }

    @Test
    void aSecondOpenEntitlementOfTheSameGroupIsRefused() {
        EntitlementView e = granted("2026-09");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> benefits.createFromDecision(new DecisionGrant(e.personId(), null, "14",
                "03688", "ND176", "ND176_75_PLUS", YearMonth.parse("2026-10"), "16/QĐ-UBND", LocalDate.parse("2026-11-20"), "X",
                Amount.of(BigDecimal.ONE, 500_000, null, null)), "test"))
                .hasMessage("entitlement.exists");
    }

    @Test
    void suspensionWithholdsMonthsAndResumptionWithArrearsMakesThemOwedAgain() {
        EntitlementView e = granted("2026-06");
        post("approver", e.id() + "/suspension", Map.of("fromMonth", "2026-08", "reason", "REASSESSMENT_REFUSED"), 200)
                .getString("status").equals("SUSPENDED");
        assertThat(months(e.id(), "2026-10")).extracting(m -> m.get("state"))
                .containsExactly("PAYABLE", "PAYABLE", "WITHHELD", "WITHHELD", "WITHHELD");
        post("approver", e.id() + "/suspension", Map.of("fromMonth", "2026-09", "reason", "AGAIN"), 409);
        JsonPath resumed = post("approver", e.id() + "/resumption", Map.of("month", "2026-10", "monthsOwed", true), 200);
        assertThat(resumed.getString("status")).isEqualTo("ACTIVE");
        assertThat(resumed.getBoolean("suspensions[0].monthsOwed")).isTrue();
        assertThat(resumed.getString("suspensions[0].resumedMonth")).isEqualTo("2026-10");
        assertThat(months(e.id(), "2026-10")).extracting(m -> m.get("state"))
                .containsExactly("PAYABLE", "PAYABLE", "PAYABLE", "PAYABLE", "PAYABLE");
        post("approver", e.id() + "/resumption", Map.of("month", "2026-11", "monthsOwed", true), 409);
    }

    @Test
    void resumptionWithoutArrearsLeavesTheSuspendedMonthsUnpaid() {
        EntitlementView e = granted("2026-06");
        post("approver", e.id() + "/suspension", Map.of("fromMonth", "2026-07", "reason", "DETENTION"), 200);
        post("approver", e.id() + "/resumption", Map.of("month", "2026-09", "monthsOwed", false), 200);
        assertThat(months(e.id(), "2026-09")).extracting(m -> m.get("state"))
                .containsExactly("PAYABLE", "WITHHELD", "WITHHELD", "PAYABLE");
    }

    @Test
    void uncollectedAllowanceSuspendsOnceAndRepeatsChangeNothing() {
        EntitlementView e = granted("2026-01");
        benefits.suspendUncollected(e.id(), YearMonth.parse("2026-06"), "payment");
        benefits.suspendUncollected(e.id(), YearMonth.parse("2026-07"), "payment");
        Api.session("worker").get("/api/v1/entitlements/" + e.id()).then().statusCode(200).body("status", is("SUSPENDED"))
                .body("suspensions.size()", is(1)).body("suspensions[0].fromMonth", is("2026-06"))
                .body("suspensions[0].reason", is("UNCOLLECTED_3_MONTHS"));
    }

    @Test
    void terminationStopsFromTheMonthAfterTheEventAndIsFinal() {
        EntitlementView e = granted("2026-06");
        JsonPath ended = post("approver", e.id() + "/termination", Map.of("eventDate", "2026-09-14", "reason", "DEATH"), 200);
        assertThat(ended.getString("endMonth")).isEqualTo("2026-09");
        assertThat(ended.getString("terminationReason")).isEqualTo("DEATH");
        assertThat(months(e.id(), "2026-12")).extracting(m -> m.get("month")).containsExactly("2026-06", "2026-07", "2026-08", "2026-09");
        post("approver", e.id() + "/termination", Map.of("eventDate", "2026-10-01", "reason", "REFUSAL"), 409);
        post("approver", e.id() + "/suspension", Map.of("fromMonth", "2026-08", "reason", "X"), 409);
    }

    @Test
    void anAmountChangeIsANewDatedVersionAndNeverRewritesHistory() {
        EntitlementView e = granted("2026-06");
        JsonPath changed = post("approver", e.id() + "/versions",
                Map.of("effectiveMonth", "2026-09", "coefficient", 1.5, "standardLevelVnd", 500000, "reason", "GROUP_CHANGE"), 201);
        assertThat(changed.getList("versions.amountVnd")).containsExactly(500000, 750000);
        assertThat(months(e.id(), "2026-10")).extracting(m -> m.get("amountVnd")).containsExactly(500000, 500000, 500000, 750000, 750000);
        post("approver", e.id() + "/versions",
                Map.of("effectiveMonth", "2026-09", "coefficient", 2.0, "standardLevelVnd", 500000, "reason", "AGAIN"), 409);
        post("approver", e.id() + "/versions",
                Map.of("effectiveMonth", "2026-01", "coefficient", 2.0, "standardLevelVnd", 500000, "reason", "BEFORE"), 409);
    }

    @Test
    void aTransferEndsTheOldEntitlementAndStartsTheNewOneTheMonthAfterWithNoGapOrDouble() {
        EntitlementView e = granted("2026-03");
        post("approver", e.id() + "/versions",
                Map.of("effectiveMonth", "2027-02", "coefficient", 1.5, "standardLevelVnd", 500000, "reason", "LATER"), 201);
        JsonPath moved = post("approver", e.id() + "/transfer", Map.of("toCommuneCode", Accounts.COMMUNE_B, "lastMonth", "2026-12",
                "decisionNumber", "20/QĐ-UBND", "decisionDate", "2026-12-10", "signer", "Chủ tịch UBND phường Tô Hiệu"), 201);
        assertThat(moved.getString("startMonth")).isEqualTo("2027-01");
        assertThat(moved.getString("communeCode")).isEqualTo(Accounts.COMMUNE_B);
        assertThat(moved.getList("versions.effectiveMonth")).containsExactly("2027-01", "2027-02");
        Api.session("worker").get("/api/v1/entitlements/" + e.id()).then().statusCode(200).body("status", is("TERMINATED"))
                .body("endMonth", is("2026-12")).body("terminationReason", is("TRANSFERRED"));
        List<Object> oldMonths = months(e.id(), "2027-06").stream().map(m -> m.get("month")).toList();
        UUID newId = UUID.fromString(moved.getString("id"));
        List<Object> newMonths = Api.session("province").get("/api/v1/entitlements/" + newId + "/months?to=2027-03").then()
                .statusCode(200).extract().jsonPath().getList("month");
        assertThat(oldMonths).doesNotContainAnyElementsOf(newMonths);
        assertThat(oldMonths.get(oldMonths.size() - 1)).isEqualTo("2026-12");
        assertThat(newMonths.get(0)).isEqualTo("2027-01");
        // the receiving commune's worker sees the new one, not the old one
        Api.session(Accounts.workerB()).get("/api/v1/entitlements/" + newId).then().statusCode(200);
        Api.session(Accounts.workerB()).get("/api/v1/entitlements/" + e.id()).then().statusCode(404)
                .body("code", is("entitlement.not-found"));
    }

    @Test
    void onlyTheApproverChangesAnEntitlement() {
        EntitlementView e = granted("2026-06");
        Api.session("worker").contentType(ContentType.JSON).body(Map.of("fromMonth", "2026-08", "reason", "X"))
                .post("/api/v1/entitlements/" + e.id() + "/suspension").then().statusCode(403);
        Api.session("approver").contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .body(Map.of("fromMonth", "2026-08", "reason", "X"))
                .post("/api/v1/entitlements/" + e.id() + "/suspension").then().statusCode(412).body("code", is("version.stale"));
    }

    @Test
    void aReportedDeathBecomesATerminationProposalThatTheApproverAccepts() {
        EntitlementView e = granted("2026-06");
        UUID proposal = benefits.proposeTermination(e.id(), LocalDate.parse("2026-10-03"), "DEATH");
        assertThat(benefits.proposeTermination(e.id(), LocalDate.parse("2026-10-03"), "DEATH")).isEqualTo(proposal);
        Api.session("approver").get("/api/v1/entitlement-proposals").then().statusCode(200)
                .body("id", hasItem(proposal.toString()));
        Api.session("approver").contentType(ContentType.JSON).body(Map.of("accept", false))
                .post("/api/v1/entitlement-proposals/" + proposal + "/answer").then().statusCode(400);
        Api.session("approver").contentType(ContentType.JSON).body(Map.of("accept", true))
                .post("/api/v1/entitlement-proposals/" + proposal + "/answer").then().statusCode(200).body("status", is("ACCEPTED"));
        Api.session("worker").get("/api/v1/entitlements/" + e.id()).then().body("status", is("TERMINATED"))
                .body("endMonth", is("2026-10")).body("terminationReason", is("DEATH"));
        Api.session("approver").contentType(ContentType.JSON).body(Map.of("accept", true))
                .post("/api/v1/entitlement-proposals/" + proposal + "/answer").then().statusCode(409).body("code", is("proposal.decided"));
    }
}
