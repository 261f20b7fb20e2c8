package vn.ansinh.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static vn.ansinh.testing.People.aPerson;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.ansinh.testing.Api;

@QuarkusTest
class CaseQueuesApiTest {

    @Test
    void deadlinesCountWorkingDaysAcrossTetAndLateCasesAreFlagged() {
        String id = Cases.draft(Cases.elderly(), "ND176_75_PLUS");
        Cases.submit(id, "2026-02-13");
        JsonPath c = Cases.get("worker", id);
        // received Fri 13 Feb 2026; Tết Bính Ngọ closes 16–20 Feb: review and posting due 7 working days later
        assertThat(c.getString("deadlines.steps[0].step")).isEqualTo("REVIEW");
        assertThat(c.getString("deadlines.steps[0].dueOn")).isEqualTo("2026-03-03");
        assertThat(c.getInt("deadlines.legalWorkingDays")).isEqualTo(13);
        assertThat(c.getString("deadlines.legalDueOn")).isEqualTo("2026-03-11");
        assertThat(c.getBoolean("deadlines.overdue")).isTrue();
        assertThat(c.getString("deadlines.nextDueOn")).isEqualTo("2026-03-03");

        List<Map<String, Object>> queue = Api.session("worker").get("/api/v1/work-queue").then().statusCode(200).extract().jsonPath()
                .getList("$");
        Map<String, Object> item = queue.stream().filter(i -> id.equals(i.get("caseId"))).findFirst().orElseThrow();
        assertThat(item.get("action")).isEqualTo("REVIEW");
        assertThat(item.get("overdue")).isEqualTo(true);
        assertThat((Integer) item.get("workingDaysLeft")).isNegative();
        Api.session("province").get("/api/v1/work-queue").then().statusCode(200).body("caseId", hasItem(id));
    }

    @Test
    void theApproversQueueHoldsWhatIsProposedAndTheIndicatorCountsDecisions() {
        String id = Cases.proposed(Cases.elderly(), "ND176_75_PLUS");
        Api.session("approver").get("/api/v1/work-queue").then().statusCode(200)
                .body("find { it.caseId == '" + id + "' }.action", is("DECIDE"));
        Cases.step("approver", id, "approval", Cases.DECISION).statusCode(200);
        JsonPath indicator = Api.session("province").get("/api/v1/case-indicators/processing-time?communeCode=03688").then()
                .statusCode(200).extract().jsonPath();
        assertThat(indicator.getString("communes[0].communeCode")).isEqualTo("03688");
        assertThat(indicator.getInt("communes[0].decided")).isPositive();
        assertThat(indicator.getDouble("communes[0].meanLegalWorkingDays")).isEqualTo(13.0);
        assertThat(indicator.getDouble("communes[0].meanWorkingDays")).isPositive();
        Api.session("agent").get("/api/v1/case-indicators/processing-time").then().statusCode(403);
    }

    @Test
    void thePostingListShowsNameVillageAndGroupButNeverIdNumbersOrHiv() {
        String named = "Quàng Văn " + vn.ansinh.testing.People.uniqueWord();
        String person = Cases.person(aPerson().named(named).bornOn("1944-01-05").withNationalId());
        String id = Cases.draft(person, "ND176_75_PLUS");
        Cases.submit(id, null);
        Cases.step("worker", id, "review", null).statusCode(200);
        Cases.step("worker", id, "posting", Map.of()).statusCode(200);
        String hivNamed = "Lò Thị " + vn.ansinh.testing.People.uniqueWord();
        String hiv = Cases.draft(Cases.person(aPerson().named(hivNamed).female().bornOn("1990-01-05")), "ND20_5_8_HIV_ADULT");
        Cases.submit(hiv, null);
        Cases.step("worker", hiv, "review", null).statusCode(200);
        Cases.step("worker", hiv, "posting", Map.of()).statusCode(200);

        String body = Api.session("worker").get("/api/v1/public-postings?communeCode=03688").then().statusCode(200).extract().asString();
        JsonPath list = JsonPath.from(body);
        Map<String, Object> item = list.getMap("items.find { it.fullName == '" + named + "' }");
        assertThat(item).containsOnlyKeys("fullName", "birthYear", "village", "requestedGroup", "postingStart", "postingEnd");
        assertThat(item.get("birthYear")).isEqualTo(1944);
        assertThat((String) item.get("requestedGroup")).doesNotContain("ND176_75_PLUS");
        assertThat(body).doesNotContain("nationalId").doesNotContain("014");
        String hivGroup = list.getString("items.find { it.fullName == '" + hivNamed + "' }.requestedGroup");
        assertThat(hivGroup).doesNotContainIgnoringCase("HIV");
        byte[] pdf = Api.session("worker").get("/api/v1/public-postings/pdf").then().statusCode(200)
                .header("Content-Type", "application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
