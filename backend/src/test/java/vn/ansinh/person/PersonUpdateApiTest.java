package vn.ansinh.person;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.ansinh.testing.People.aPerson;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.ansinh.testing.Api;

/** Changes need the version they change (If-Match): missing 428, stale 412; every change is audited. */
@QuarkusTest
class PersonUpdateApiTest {

    private static String registered() {
        return Api.session("worker").contentType(ContentType.JSON).body(aPerson().with("phone", "0912345678").body())
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedWith428() {
        String id = registered();
        Api.session("worker").contentType(ContentType.JSON).body(Map.of("phone", "0987654321")).patch("/api/v1/people/" + id)
                .then().statusCode(428).contentType("application/problem+json").body("code", is("precondition.required"));
    }

    @Test
    void aChangeOfAStaleVersionIsRefusedWith412() {
        String id = registered();
        Api.session("worker").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("phone", "0987654321"))
                .patch("/api/v1/people/" + id).then().statusCode(200).header("ETag", is("\"1\"")).body("version", is(1));
        Api.session("worker").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("phone", "0911111111"))
                .patch("/api/v1/people/" + id).then().statusCode(412).body("code", is("version.stale"))
                .header("ETag", is("\"1\""));
        Api.session("worker").get("/api/v1/people/" + id).then().body("phone", is("0987654321"));
    }

    @Test
    void nullClearsAnOptionalMemberAndAbsentMembersStay() {
        String id = registered();
        Map<String, Object> patch = new HashMap<>();
        patch.put("phone", null);
        Api.session("worker").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(patch)
                .patch("/api/v1/people/" + id).then().statusCode(200).body("phone", nullValue())
                .body("ethnicGroup.code", is("03"));
        Map<String, Object> clearName = new HashMap<>();
        clearName.put("fullName", null);
        Api.session("worker").contentType(ContentType.JSON).header("If-Match", "\"1\"").body(clearName)
                .patch("/api/v1/people/" + id).then().statusCode(400).body("errors[0].field", is("fullName"))
                .body("errors[0].code", is("required"));
    }

    @Test
    void theCommuneCannotBeChangedHere() {
        String id = registered();
        Api.session("worker").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("communeCode", "03646"))
                .patch("/api/v1/people/" + id).then().statusCode(400).body("errors[0].code", is("unknown-field"));
    }

    @Test
    void theHistoryShowsWhoChangedWhatWithTheValuesBeforeAndAfter() {
        String id = registered();
        Api.session("worker").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("phone", "0987654321", "ethnicGroupCode", "01")).patch("/api/v1/people/" + id).then().statusCode(200);
        Api.session("worker").get("/api/v1/people/" + id + "/history").then().statusCode(200)
                .body("action", is(java.util.List.of("person.created", "person.updated")))
                .body("[1].actor", is("worker")).body("[1].actorRole", is("SOCIAL_WORKER"))
                .body("[1].changes.find { it.field == 'phone' }.before", is("0912345678"))
                .body("[1].changes.find { it.field == 'phone' }.after", is("0987654321"))
                .body("[1].changes.field", hasItem("ethnicGroupCode"));
    }

    @Test
    void aChangeThatChangesNothingKeepsTheVersion() {
        String id = registered();
        Api.session("worker").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("phone", "0912345678"))
                .patch("/api/v1/people/" + id).then().statusCode(200).header("ETag", is("\"0\""));
    }
}
