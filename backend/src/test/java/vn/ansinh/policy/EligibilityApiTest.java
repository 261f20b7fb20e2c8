package vn.ansinh.policy;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static vn.ansinh.testing.People.aHousehold;
import static vn.ansinh.testing.People.aPerson;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.ansinh.testing.Accounts;
import vn.ansinh.testing.Api;
import vn.ansinh.testing.People;

@QuarkusTest
class EligibilityApiTest {

    /** A near-poor household in an especially difficult village of 03688 whose head is born on {@code birthDate}. */
    static String elderlyInDifficultVillage(String birthDate) {
        String village = Api.session("worker").contentType(ContentType.JSON)
                .body(Map.of("communeCode", "03688", "name", "Bản " + People.uniqueWord())).post("/api/v1/villages").then()
                .statusCode(201).extract().path("id");
        Api.session("province").contentType(ContentType.JSON)
                .body(Map.of("kind", "ESPECIALLY_DIFFICULT", "validFrom", "2021-09-01", "decisionNumber", "612/QĐ-UBDT"))
                .post("/api/v1/villages/" + village + "/attributes").then().statusCode(201);
        JsonPath household = Api.session("worker").contentType(ContentType.JSON)
                .body(aHousehold().with("villageId", village)
                        .with("povertyStatus", Map.of("status", "NEAR_POOR", "validFrom", "2022-01-01", "decisionNumber", "12/QĐ-UBND"))
                        .member(aPerson().bornOn(birthDate), "HEAD").body())
                .post("/api/v1/households").then().statusCode(201).extract().jsonPath();
        return household.getString("head.id");
    }

    static io.restassured.response.ValidatableResponse evaluate(String user, Object body) {
        return Api.session(user).contentType(ContentType.JSON).body(body).post("/api/v1/eligibility/evaluations").then();
    }

    @Test
    void aRegisteredPersonIsEvaluatedFromTheirFactsHouseholdAndVillage() {
        String person = elderlyInDifficultVillage("1948-03-10");
        evaluate("worker", Map.of("personId", person, "on", "2025-06-30")).statusCode(200)
                .body("on", is("2025-06-30")).body("personId", is(person))
                .body("chosen.groupCode", is(List.of("ND20_5_5_B"))).body("totalMonthlyVnd", is(500000))
                .body("programmes.code", is(List.of("ND20_MONTHLY", "ND176_SOCIAL_PENSION", "SL14_PROVINCIAL")));
        evaluate("worker", Map.of("personId", person, "on", "2025-07-01")).statusCode(200)
                .body("chosen.groupCode", is(List.of("ND176_75_PLUS"))).body("chosen[0].amountVnd", is(500000))
                .body("chosen[0].startRule", is("BIRTHDAY_MONTH")).body("chosen[0].startAge", is(75));
    }

    @Test
    void anotherCommunesPersonIsNotFoundAndNeitherOrBothInputsAreRefused() {
        String person = elderlyInDifficultVillage("1949-05-02");
        evaluate(Accounts.workerB(), Map.of("personId", person, "on", "2025-07-01")).statusCode(404)
                .body("code", is("person.not-found"));
        evaluate("worker", Map.of("on", "2025-07-01")).statusCode(400).body("errors[0].code", is("eligibility.person-or-profile"));
    }

    @Test
    void anAdHocProfileIsEvaluatedWithoutRegisteringAnyone() {
        evaluate("worker", Map.of("on", "2025-07-01", "profile", Map.of("communeCode", "03688", "birthDate", "1952-01-01",
                "povertyStatus", "POOR", "facts", List.of(Map.of("kind", "PENSION", "codeValue", "NONE"))))).statusCode(200)
                .body("personId", is((Object) null)).body("chosen.groupCode", is(List.of("ND176_70_74_POOR")))
                .body("programmes.code", hasItem("SL14_PROVINCIAL"));
        evaluate("worker", Map.of("on", "2025-07-01", "profile", Map.of("communeCode", "03688", "birthDate", "19x0")))
                .statusCode(400).body("errors[0].field", is("profile.birthDate"));
        evaluate(Accounts.workerHanoi(), Map.of("on", "2025-07-01", "profile", Map.of("communeCode", "00004", "birthDate", "1950")))
                .statusCode(200).body("programmes.code", not(hasItem("SL14_PROVINCIAL")));
    }

    @Test
    void theDemoElderlyManOfTheWorkedExampleMovesFromNd20ToTheSocialPension() {
        String person = Api.session("worker").queryParam("q", "Lò Văn Piếng").get("/api/v1/people").then().statusCode(200)
                .extract().path("items.find { it.birthDate == '1948-03-10' }.id");
        evaluate("worker", Map.of("personId", person, "on", "2025-06-30")).statusCode(200)
                .body("chosen.groupCode", is(List.of("ND20_5_5_B"))).body("chosen[0].coefficient", is(1.0f))
                .body("chosen[0].standardLevelVnd", is(500000))
                .body("programmes[0].groups.find { it.code == 'ND20_5_5_B' }.criteria.code",
                        is(List.of("AGE_YEARS", "POVERTY_STATUS", "AREA_ATTRIBUTE")))
                .body("programmes[0].groups.find { it.code == 'ND20_5_5_B' }.criteria.passed", is(List.of(true, true, true)));
        evaluate("worker", Map.of("personId", person, "on", "2025-07-01")).statusCode(200)
                .body("chosen.groupCode", is(List.of("ND176_75_PLUS"))).body("totalMonthlyVnd", is(500000))
                .body("programmes[0].groups.find { it.code == 'ND20_5_5_B' }.criteria[0].code", is("IN_FORCE"));
    }
}
