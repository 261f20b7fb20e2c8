package vn.ansinh.person;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.ansinh.testing.People.aPerson;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.ansinh.testing.Api;

/** Facts that decide eligibility are dated histories; corrections keep what they correct; HIV stays with those who need it. */
@QuarkusTest
class PersonFactsApiTest {

    private static String registered() {
        return Api.session("worker").contentType(ContentType.JSON).body(aPerson().bornOn("1950").body())
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse record(String user, String person, Map<String, Object> fact) {
        return Api.session(user).contentType(ContentType.JSON).body(fact).post("/api/v1/people/" + person + "/facts").then();
    }

    @Test
    void aNewPeriodClosesTheOpenOneAndBothStayInTheHistory() {
        String id = registered();
        record("worker", id, Map.of("kind", "DISABILITY", "codeValue", "SEVERE", "dateValue", "2020-03-15", "validFrom", "2020-03-15"))
                .statusCode(201).body("validTo", nullValue());
        record("worker", id, Map.of("kind", "DISABILITY", "codeValue", "ESPECIALLY_SEVERE", "dateValue", "2024-01-10",
                "validFrom", "2024-01-10", "document", "Giấy xác nhận khuyết tật số 12/2024")).statusCode(201);
        Api.session("worker").get("/api/v1/people/" + id + "/facts").then().statusCode(200).body("size()", is(2))
                .body("[0].validTo", is("2024-01-09")).body("[1].codeValue", is("ESPECIALLY_SEVERE"));
        Api.session("worker").queryParam("on", "2022-06-30").get("/api/v1/people/" + id + "/facts").then()
                .body("codeValue", is(List.of("SEVERE")));
        Api.session("worker").get("/api/v1/people/" + id).then().body("facts.codeValue", is(List.of("ESPECIALLY_SEVERE")));
    }

    @Test
    void anOverlappingPeriodIsRefused() {
        String id = registered();
        record("worker", id, Map.of("kind", "STUDYING", "codeValue", "VOCATIONAL", "validFrom", "2020-09-01", "validTo", "2022-06-30"))
                .statusCode(201);
        record("worker", id, Map.of("kind", "STUDYING", "codeValue", "UNIVERSITY", "validFrom", "2022-01-01"))
                .statusCode(409).body("code", is("fact.overlap"));
        record("worker", id, Map.of("kind", "STUDYING", "codeValue", "UNIVERSITY", "validFrom", "2022-07-01")).statusCode(201);
    }

    @Test
    void eachKindCarriesItsOwnValues() {
        String id = registered();
        record("worker", id, Map.of("kind", "PENSION", "codeValue", "SALARY", "validFrom", "2020-01-01")).statusCode(400)
                .body("errors[0].field", is("codeValue")).body("errors[0].code", is("unknown-value"));
        record("worker", id, Map.of("kind", "DISABILITY", "codeValue", "SEVERE", "validFrom", "2020-01-01")).statusCode(400)
                .body("errors[0].field", is("dateValue")).body("errors[0].code", is("required"));
        record("worker", id, Map.of("kind", "PREGNANCY", "validFrom", "2020-01-01")).statusCode(400)
                .body("errors[0].field", is("dateValue"));
        record("worker", id, Map.of("kind", "PENSION", "codeValue", "PENSION", "validFrom", "2999-01-01")).statusCode(400)
                .body("errors[0].code", is("past-or-present"));
        record("worker", id, Map.of("kind", "WEALTH", "validFrom", "2020-01-01")).statusCode(400)
                .body("errors[0].field", is("kind")).body("errors[0].code", is("unknown-value"));
    }

    @Test
    void aDeathIsAFactWhoseDateIsTheDateOfDeath() {
        String id = registered();
        record("worker", id, Map.of("kind", "DEATH", "dateValue", "2025-02-03")).statusCode(201).body("validFrom", is("2025-02-03"));
        Api.session("worker").get("/api/v1/people/" + id).then().body("deathDate", is("2025-02-03"));
    }

    @Test
    void aCorrectionSupersedesTheRowAndKeepsIt() {
        String id = registered();
        String wrong = record("worker", id, Map.of("kind", "PENSION", "codeValue", "PENSION", "validFrom", "2019-01-01"))
                .statusCode(201).extract().path("id");
        String right = Api.session("worker").contentType(ContentType.JSON)
                .body(Map.of("codeValue", "SOCIAL_INSURANCE_MONTHLY", "validFrom", "2019-01-01", "reason", "Nhầm loại trợ cấp"))
                .post("/api/v1/people/" + id + "/facts/" + wrong + "/correction").then().statusCode(201)
                .body("correctionReason", is("Nhầm loại trợ cấp")).extract().path("id");
        Api.session("worker").get("/api/v1/people/" + id + "/facts").then().body("id", is(List.of(right)));
        Api.session("worker").queryParam("includeSuperseded", true).get("/api/v1/people/" + id + "/facts").then()
                .body("size()", is(2)).body("find { it.id == '" + wrong + "' }.supersededBy", is(right));
        Api.session("worker").contentType(ContentType.JSON).body(Map.of("codeValue", "NONE", "validFrom", "2019-01-01", "reason", "x"))
                .post("/api/v1/people/" + id + "/facts/" + wrong + "/correction").then().statusCode(409)
                .body("code", is("fact.already-corrected"));
        Api.session("worker").contentType(ContentType.JSON).body(Map.of("codeValue", "NONE", "validFrom", "2019-01-01"))
                .post("/api/v1/people/" + id + "/facts/" + right + "/correction").then().statusCode(400)
                .body("errors[0].field", is("reason"));
        Api.session("worker").get("/api/v1/people/" + id + "/history").then()
                .body("action", hasItem("person.fact-corrected"))
                .body("find { it.action == 'person.fact-corrected' }.changes.find { it.field == 'facts.PENSION' }.before",
                        org.hamcrest.Matchers.startsWith("PENSION PENSION"));
    }

    @Test
    void hivStatusIsAbsentForRolesThatNeedNotSeeIt() {
        String id = registered();
        record("worker", id, Map.of("kind", "PENSION", "codeValue", "NONE", "validFrom", "2020-01-01")).statusCode(201);
        record("worker", id, Map.of("kind", "HIV", "codeValue", "POSITIVE", "validFrom", "2021-05-01")).statusCode(201);
        Api.session("worker").get("/api/v1/people/" + id).then().body("facts.kind", hasItem("HIV"));
        Api.session("approver").get("/api/v1/people/" + id + "/facts").then().body("kind", hasItem("HIV"));
        for (String user : List.of("auditor", "province", "admin")) {
            Api.session(user).get("/api/v1/people/" + id).then().statusCode(200).body("facts.kind", not(hasItem("HIV")))
                    .body(not(org.hamcrest.Matchers.containsString("POSITIVE")));
            Api.session(user).queryParam("includeSuperseded", true).get("/api/v1/people/" + id + "/facts").then()
                    .body("kind", is(List.of("PENSION")));
            Api.session(user).get("/api/v1/people/" + id + "/history").then().statusCode(200)
                    .body(not(org.hamcrest.Matchers.containsString("HIV")));
        }
        Api.integrator().get("/api/v1/people/" + id).then().body(not(org.hamcrest.Matchers.containsString("HIV")));
        Api.session("worker").get("/api/v1/people/" + id + "/history").then()
                .body(org.hamcrest.Matchers.containsString("facts.HIV"));
    }

    @Test
    void onlyTheSocialWorkerAndTheApproverRecordHivStatus() {
        String id = registered();
        Api.integrator().contentType(ContentType.JSON).body(Map.of("kind", "HIV", "codeValue", "POSITIVE", "validFrom", "2021-05-01"))
                .post("/api/v1/people/" + id + "/facts").then().statusCode(403);
        record("admin", id, Map.of("kind", "HIV", "codeValue", "POSITIVE", "validFrom", "2021-05-01")).statusCode(403);
        record("approver", id, Map.of("kind", "HIV", "codeValue", "POSITIVE", "validFrom", "2021-05-01")).statusCode(201);
        record("approver", id, Map.of("kind", "PENSION", "codeValue", "NONE", "validFrom", "2021-05-01")).statusCode(403);
    }

    @Test
    void hivStatusNeverAppearsInSearchResults() {
        String id = registered();
        record("worker", id, Map.of("kind", "HIV", "codeValue", "POSITIVE", "validFrom", "2021-05-01")).statusCode(201);
        String name = Api.session("worker").get("/api/v1/people/" + id).then().extract().path("fullName");
        Api.session("worker").queryParam("q", name).get("/api/v1/people").then().body("items.id", hasItem(id))
                .body(not(org.hamcrest.Matchers.containsString("HIV"))).body(not(org.hamcrest.Matchers.containsString("facts")));
    }
}
