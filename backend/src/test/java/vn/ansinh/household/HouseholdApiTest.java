package vn.ansinh.household;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.ansinh.testing.People.aHousehold;
import static vn.ansinh.testing.People.aPerson;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import vn.ansinh.testing.Accounts;
import vn.ansinh.testing.Api;
import vn.ansinh.testing.People;

@QuarkusTest
class HouseholdApiTest {

    private static ValidatableResponse register(People.HouseholdBuilder household) {
        return Api.session("worker").contentType(ContentType.JSON).body(household.body()).post("/api/v1/households").then();
    }

    @Test
    void aHouseholdIsRegisteredWithItsTwoMembersItsHeadAndItsPovertyStatus() {
        People.PersonBuilder head = aPerson().bornOn("1948");
        People.PersonBuilder spouse = aPerson().female().bornOn("1950-03");
        JsonPath household = register(aHousehold().poor("2025-01-01").member(head, "HEAD").member(spouse, "SPOUSE"))
                .statusCode(201).header("Location", matchesPattern("^(https?://[^/]+)?/api/v1/households/[0-9a-f-]{36}$"))
                .header("ETag", matchesPattern("\"\\d+\""))
                .body("code", matchesPattern("03688-\\d{6}")).body("commune.name", is("Xã Mường Chiên"))
                .body("members.size()", is(2)).body("members.relationToHead", containsInAnyOrder("HEAD", "SPOUSE"))
                .body("head.fullName", is(head.get("fullName"))).body("povertyStatus.status", is("POOR"))
                .body("povertyStatus.decisionNumber", is("125/QĐ-UBND"))
                .extract().jsonPath();
        String headId = household.getString("head.id");
        Api.session("worker").get("/api/v1/people/" + headId).then().statusCode(200)
                .body("household.id", is(household.getString("id"))).body("household.code", is(household.getString("code")))
                .body("relationToHead", is("HEAD"));
    }

    @Test
    void membersNeedExactlyOneHead() {
        register(aHousehold().member(aPerson(), "CHILD").member(aPerson(), "SPOUSE")).statusCode(400)
                .body("errors[0].field", is("members")).body("errors[0].code", is("household.one-head"));
        register(aHousehold().member(aPerson(), "HEAD").member(aPerson(), "HEAD")).statusCode(400)
                .body("errors[0].code", is("household.one-head"));
    }

    @Test
    void aMembersInvalidFieldIsNamedWithItsIndexAndNothingIsStored() {
        String address = "Bản " + People.uniqueWord();
        register(aHousehold().with("address", address).member(aPerson(), "HEAD").member(aPerson().bornOn("2999"), "CHILD"))
                .statusCode(400).body("errors[0].field", is("members[1].birthDate"))
                .body("errors[0].code", is("birthDate.future"));
        Api.session("worker").queryParam("q", address).get("/api/v1/households").then().body("totalItems", is(0));
    }

    @Test
    void aGivenCodeIsKeptAndATakenOneIsAConflict() {
        String code = "T-" + People.uniqueWord().substring(0, 10);
        register(aHousehold().with("code", code)).statusCode(201).body("code", is(code)).body("head", nullValue());
        register(aHousehold().with("code", code)).statusCode(409).body("code", is("household.code-exists"));
    }

    @Test
    void thePovertyStatusIsAHistoryAnsweredOnAnyDate() {
        String id = register(aHousehold().poor("2024-01-01")).statusCode(201).extract().path("id");
        Api.session("worker").contentType(ContentType.JSON)
                .body(Map.of("status", "NEAR_POOR", "validFrom", "2025-07-01", "decisionNumber", "88/QĐ-UBND"))
                .post("/api/v1/households/" + id + "/poverty-statuses").then().statusCode(201).body("status", is("NEAR_POOR"));
        Api.session("worker").queryParam("on", "2025-06-30").get("/api/v1/households/" + id).then()
                .body("povertyStatus.status", is("POOR")).body("povertyStatus.validTo", is("2025-06-30"));
        Api.session("worker").queryParam("on", "2025-07-01").get("/api/v1/households/" + id).then()
                .body("povertyStatus.status", is("NEAR_POOR"));
        Api.session("worker").queryParam("on", "2023-12-31").get("/api/v1/households/" + id).then()
                .body("povertyStatus", nullValue());
        Api.session("worker").contentType(ContentType.JSON).body(Map.of("status", "NONE", "validFrom", "2025-01-01",
                "validTo", "2025-12-31")).post("/api/v1/households/" + id + "/poverty-statuses").then().statusCode(409)
                .body("code", is("poverty-status.overlap"));
    }

    @Test
    void aCorrectedPovertyStatusKeepsTheWrongRowAsSuperseded() {
        String id = register(aHousehold().poor("2024-01-01")).statusCode(201).extract().path("id");
        String statusId = Api.session("worker").get("/api/v1/households/" + id).then().extract().path("povertyStatus.id");
        String correctionId = Api.session("worker").contentType(ContentType.JSON)
                .body(Map.of("status", "NEAR_POOR", "validFrom", "2024-01-01", "decisionNumber", "126/QĐ-UBND",
                        "reason", "Nhập nhầm tình trạng"))
                .post("/api/v1/households/" + id + "/poverty-statuses/" + statusId + "/correction").then().statusCode(201)
                .body("correctionReason", is("Nhập nhầm tình trạng")).extract().path("id");
        Api.session("worker").get("/api/v1/households/" + id + "/poverty-statuses").then().statusCode(200)
                .body("size()", is(2)).body("find { it.id == '" + statusId + "' }.supersededBy", is(correctionId));
        Api.session("worker").get("/api/v1/households/" + id).then().body("povertyStatus.status", is("NEAR_POOR"));
        Api.session("worker").contentType(ContentType.JSON)
                .body(Map.of("status", "POOR", "validFrom", "2024-01-01", "reason", "lại"))
                .post("/api/v1/households/" + id + "/poverty-statuses/" + statusId + "/correction").then().statusCode(409)
                .body("code", is("poverty-status.already-corrected"));
    }

    @Test
    void aChangeNeedsTheCurrentVersion() {
        String id = register(aHousehold()).statusCode(201).extract().path("id");
        Api.session("worker").contentType(ContentType.JSON).body(Map.of("address", "Bản Mới"))
                .patch("/api/v1/households/" + id).then().statusCode(428).body("code", is("precondition.required"));
        String etag = Api.session("worker").get("/api/v1/households/" + id).then().extract().header("ETag");
        Api.session("worker").contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("address", "Bản Mới"))
                .patch("/api/v1/households/" + id).then().statusCode(200).body("address", is("Bản Mới"));
        Api.session("worker").contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("address", "Bản Cũ"))
                .patch("/api/v1/households/" + id).then().statusCode(412).body("code", is("version.stale"));
    }

    @Test
    void aPersonJoinsAndLeavesAHouseholdWithoutBeingDeleted() {
        JsonPath household = register(aHousehold().member(aPerson(), "HEAD")).statusCode(201).extract().jsonPath();
        String id = household.getString("id");
        String child = Api.session("worker").contentType(ContentType.JSON).body(aPerson().bornOn("2015-04-02").body())
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        Api.session("worker").contentType(ContentType.JSON).body(Map.of("personId", child, "relationToHead", "CHILD"))
                .post("/api/v1/households/" + id + "/members").then().statusCode(200).body("members.id", hasItem(child));
        Api.session("worker").contentType(ContentType.JSON).body(Map.of("personId", child, "relationToHead", "HEAD"))
                .post("/api/v1/households/" + id + "/members").then().statusCode(400)
                .body("errors[0].code", is("household.head-exists"));
        Api.session("worker").delete("/api/v1/households/" + id + "/members/" + child).then().statusCode(200)
                .body("members.id", not(hasItem(child)));
        Api.session("worker").get("/api/v1/people/" + child).then().statusCode(200).body("household", nullValue())
                .body("relationToHead", nullValue());
        Api.session("worker").get("/api/v1/people/" + child + "/history").then()
                .body("action", hasItem("person.left-household"));
    }

    @Test
    void theHeadChangesToAnotherMember() {
        JsonPath household = register(aHousehold().member(aPerson(), "HEAD").member(aPerson().female(), "SPOUSE"))
                .statusCode(201).extract().jsonPath();
        String id = household.getString("id");
        String spouse = household.getString("members.find { it.relationToHead == 'SPOUSE' }.id");
        String etag = Api.session("worker").get("/api/v1/households/" + id).then().extract().header("ETag");
        Api.session("worker").contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("headPersonId", spouse))
                .patch("/api/v1/households/" + id).then().statusCode(200).body("head.id", is(spouse))
                .body("members.find { it.id == '" + spouse + "' }.relationToHead", is("HEAD"))
                .body("members.findAll { it.relationToHead == 'HEAD' }.size()", is(1));
    }

    @Test
    void anotherCommunesHouseholdIsNotFound() {
        String id = register(aHousehold()).statusCode(201).extract().path("id");
        Api.session(Accounts.workerB()).get("/api/v1/households/" + id).then().statusCode(404)
                .body("code", is("household.not-found"));
        Api.session(Accounts.workerB()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("address", "x"))
                .patch("/api/v1/households/" + id).then().statusCode(404);
        Api.session(Accounts.workerB()).get("/api/v1/households").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        Api.session("province").get("/api/v1/households/" + id).then().statusCode(200);
    }

    @Test
    void householdsAreListedByCommuneAndPovertyStatus() {
        String address = "Bản " + People.uniqueWord();
        String poor = register(aHousehold().with("address", address).poor("2024-01-01")).statusCode(201).extract().path("id");
        String other = register(aHousehold().with("address", address)).statusCode(201).extract().path("id");
        Api.session("worker").queryParam("q", address).get("/api/v1/households").then().statusCode(200)
                .body("totalItems", is(2)).body("items.id", containsInAnyOrder(poor, other));
        Api.session("worker").queryParam("q", address).queryParam("povertyStatus", "POOR").get("/api/v1/households").then()
                .body("items.id", is(java.util.List.of(poor))).body("items[0].povertyStatus", is("POOR"));
    }
}
