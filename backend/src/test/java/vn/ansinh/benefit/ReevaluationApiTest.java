package vn.ansinh.benefit;

import static org.assertj.core.api.Assertions.assertThat;
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
import vn.ansinh.testing.Api;

@QuarkusTest
class ReevaluationApiTest {

    @Inject
    BenefitService benefits;

    UUID person(String birthDate) {
        return UUID.fromString(Api.session("worker").contentType(ContentType.JSON).body(aPerson().bornOn(birthDate).body())
                .post("/api/v1/people").then().statusCode(201).extract().path("id"));
    }

    EntitlementView grant(UUID person, String programme, String group, String start, String coefficient, long level) {
        return benefits.createFromDecision(new DecisionGrant(person, null, "14", "03688", programme, group, YearMonth.parse(start),
                "9/QĐ-UBND", LocalDate.parse(start + "-05"), "Lường Văn Hùng", Amount.of(new BigDecimal(coefficient), level, null, null)),
                "test");
    }

    static JsonPath entitlement(UUID id) {
        return Api.session("worker").get("/api/v1/entitlements/" + id).then().statusCode(200).extract().jsonPath();
    }

    static List<Map<String, Object>> ofPerson(UUID person) {
        return Api.session("worker").get("/api/v1/entitlements?personId=" + person).then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    static JsonPath runFor(String month) throws InterruptedException {
        String id = Api.session("province").contentType(ContentType.JSON).body(Map.of("provinceCode", "14", "month", month))
                .post("/api/v1/reevaluations").then().statusCode(202).extract().path("id");
        for (int i = 0; i < 600; i++) {
            JsonPath job = Api.session("province").get("/api/v1/reevaluations/" + id).then().statusCode(200).extract().jsonPath();
            if (!"RUNNING".equals(job.getString("status"))) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the re-evaluation did not finish");
    }

    @Test
    void theMonthlyReevaluationAppliesWhatTheLawMakesAutomaticAndProposesTheRest() throws InterruptedException {
        UUID toddler = person("2023-11-10");
        EntitlementView child = grant(toddler, "ND20_MONTHLY", "ND20_5_7_CHILD_UNDER_3", "2026-01", "1.5", 500_000);
        UUID orphan = person("2022-10-05");
        EntitlementView young = grant(orphan, "ND20_MONTHLY", "ND20_5_1_UNDER_4", "2026-01", "2.5", 500_000);
        UUID elder = person("1947-04-02");
        EntitlementView old = grant(elder, "ND20_MONTHLY", "ND20_5_5_B", "2025-01", "1.0", 500_000);
        UUID pensioner = person("1944-08-08");
        EntitlementView underpaid = grant(pensioner, "ND176_SOCIAL_PENSION", "ND176_75_PLUS", "2026-06", "1.0", 400_000);
        UUID notPoor = person("1954-05-01");
        EntitlementView poor = grant(notPoor, "ND176_SOCIAL_PENSION", "ND176_70_74_POOR", "2026-06", "1.0", 500_000);

        JsonPath job = runFor("2026-12");
        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getInt("done")).isEqualTo(job.getInt("total"));
        assertThat(job.getInt("applied")).isGreaterThanOrEqualTo(4);
        assertThat(job.getInt("proposed")).isGreaterThanOrEqualTo(1);

        // a child reaching 36 months in November 2026 is paid up to November
        JsonPath ended = entitlement(child.id());
        assertThat(ended.getString("status")).isEqualTo("TERMINATED");
        assertThat(ended.getString("endMonth")).isEqualTo("2026-11");
        // an orphan turning 4 in October 2026 moves from 2.5 to 1.5 from November, no month twice or skipped
        assertThat(entitlement(young.id()).getString("endMonth")).isEqualTo("2026-10");
        Map<String, Object> four = ofPerson(orphan).stream().filter(e -> "ND20_5_1_4_TO_16".equals(e.get("groupCode"))).findFirst()
                .orElseThrow();
        assertThat(four.get("startMonth")).isEqualTo("2026-11");
        assertThat(four.get("amountVnd")).isEqualTo(750000);
        // ND 20 Art. 5.5.b ended on 30 June 2025: the social pension from July 2025
        assertThat(entitlement(old.id()).getString("endMonth")).isEqualTo("2025-06");
        Map<String, Object> pension = ofPerson(elder).stream().filter(e -> "ND176_75_PLUS".equals(e.get("groupCode"))).findFirst()
                .orElseThrow();
        assertThat(pension.get("startMonth")).isEqualTo("2025-07");
        assertThat(pension.get("status")).isEqualTo("ACTIVE");
        // the standard level of the month becomes a new version from December
        JsonPath raised = entitlement(underpaid.id());
        assertThat(raised.getList("versions.effectiveMonth")).containsExactly("2026-06", "2026-12");
        assertThat(raised.getList("versions.amountVnd")).containsExactly(400000, 500000);
        assertThat(raised.getString("versions[1].reason")).isEqualTo("STANDARD_LEVEL");
        // a 72-year-old outside a poor household: the approver decides
        List<Map<String, Object>> proposals = Api.session("approver").get("/api/v1/entitlements/" + poor.id() + "/proposals").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(proposals).extracting(p -> p.get("reason")).containsExactly("LEFT_POVERTY");
        assertThat(entitlement(poor.id()).getString("status")).isEqualTo("ACTIVE");
        Api.session("approver").get("/api/v1/work-queue").then().statusCode(200)
                .body("find { it.entitlementId == '" + poor.id() + "' }.action", org.hamcrest.Matchers.is("ANSWER_PROPOSAL"));

        // running it again changes nothing it changed
        runFor("2026-12");
        assertThat(entitlement(underpaid.id()).getList("versions")).hasSize(2);
        assertThat(ofPerson(orphan)).hasSize(2);
        assertThat(Api.session("approver").get("/api/v1/entitlements/" + poor.id() + "/proposals").then().extract().jsonPath()
                .getList("$")).hasSize(1);
    }

    @Test
    void onlyProvinceOfficersStartARunForTheirProvince() {
        Api.session("worker").contentType(ContentType.JSON).body(Map.of("provinceCode", "14", "month", "2026-12"))
                .post("/api/v1/reevaluations").then().statusCode(403);
        Api.session("province").contentType(ContentType.JSON).body(Map.of("provinceCode", "01", "month", "2026-12"))
                .post("/api/v1/reevaluations").then().statusCode(400);
    }
}
