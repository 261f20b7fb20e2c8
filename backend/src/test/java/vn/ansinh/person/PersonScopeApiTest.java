package vn.ansinh.person;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static vn.ansinh.testing.People.aPerson;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.ansinh.testing.Accounts;
import vn.ansinh.testing.Api;

/** Area scope is enforced in the queries: another commune's person answers 404; roles without registry access 403. */
@QuarkusTest
class PersonScopeApiTest {

    private static String registeredByWorker() {
        return Api.session("worker").contentType(ContentType.JSON).body(aPerson().withNationalId().body())
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
    }

    @Test
    void aWorkerOfAnotherCommuneCannotReadThePerson() {
        String id = registeredByWorker();
        Api.session(Accounts.workerB()).get("/api/v1/people/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("code", is("person.not-found"));
        Api.session(Accounts.workerB()).get("/api/v1/people/" + id + "/facts").then().statusCode(404);
        Api.session(Accounts.workerB()).get("/api/v1/people/" + id + "/history").then().statusCode(404);
    }

    @Test
    void aWorkerOfAnotherCommuneCannotChangeThePerson() {
        String id = registeredByWorker();
        Api.session(Accounts.workerB()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("phone", "0912345678")).patch("/api/v1/people/" + id).then().statusCode(404)
                .body("code", is("person.not-found"));
        Api.session(Accounts.workerB()).contentType(ContentType.JSON)
                .body(Map.of("kind", "PENSION", "codeValue", "PENSION", "validFrom", "2020-01-01"))
                .post("/api/v1/people/" + id + "/facts").then().statusCode(404);
        Api.session("worker").get("/api/v1/people/" + id).then().statusCode(200).body("phone", is((Object) null));
    }

    @Test
    void aWorkerCannotRegisterAPersonInAnotherCommune() {
        Api.session(Accounts.workerB()).contentType(ContentType.JSON).body(aPerson().body()).post("/api/v1/people")
                .then().statusCode(400).body("errors[0].field", is("communeCode")).body("errors[0].code", is("area.out-of-scope"));
    }

    @Test
    void aWorkerSearchesOnlyTheirOwnCommune() {
        String id = registeredByWorker();
        Api.session(Accounts.workerB()).queryParam("size", 200).get("/api/v1/people").then().statusCode(200)
                .body("items.id", not(hasItem(id))).body("items.communeCode", everyItem(is(Accounts.COMMUNE_B)));
        Api.session(Accounts.workerB()).queryParam("communeCode", "03688").get("/api/v1/people").then().statusCode(404)
                .body("code", is("area.not-found"));
    }

    @Test
    void theProvinceOfficerAndTheIntegratorOfTheProvinceReadTheCommunesPeople() {
        String id = registeredByWorker();
        Api.session("province").get("/api/v1/people/" + id).then().statusCode(200);
        Api.integrator().get("/api/v1/people/" + id).then().statusCode(200);
        Api.session(Accounts.workerHanoi()).get("/api/v1/people/" + id).then().statusCode(404);
    }

    @Test
    void thePaymentAgentHasNoRegistryAccess() {
        String id = registeredByWorker();
        Api.session("agent").get("/api/v1/people/" + id).then().statusCode(403).body("code", is("auth.forbidden"));
        Api.session("agent").get("/api/v1/people").then().statusCode(403);
        Api.session("agent").get("/api/v1/households").then().statusCode(403);
        Api.session("agent").contentType(ContentType.JSON).body(aPerson().body()).post("/api/v1/people").then().statusCode(403);
    }

    @Test
    void theAuditorReadsButCannotWriteAndSeesIdentityNumbersMasked() {
        String nationalId = aPerson().bornOn("1961-02-03").withNationalId().get("nationalId").toString();
        String id = Api.session("worker").contentType(ContentType.JSON)
                .body(aPerson().bornOn("1961-02-03").with("nationalId", nationalId).body())
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        String masked = nationalId.substring(0, 3) + "*******" + nationalId.substring(10);
        Api.session("auditor").get("/api/v1/people/" + id).then().statusCode(200).body("nationalId", is(masked));
        Api.session("auditor").queryParam("nationalId", nationalId).get("/api/v1/people").then().statusCode(200)
                .body("items[0].nationalId", is(masked));
        Api.session("auditor").get("/api/v1/people/" + id + "/history").then().statusCode(200)
                .body("[0].changes.find { it.field == 'nationalId' }.after", is(masked));
        Api.session("worker").get("/api/v1/people/" + id).then().body("nationalId", is(nationalId));
        Api.session("auditor").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("phone", "0912345678"))
                .patch("/api/v1/people/" + id).then().statusCode(403);
        Api.session("approver").contentType(ContentType.JSON).body(aPerson().body()).post("/api/v1/people").then().statusCode(403);
    }

    @Test
    void anIntegratorsReadOfAPersonIsAudited() {
        String id = registeredByWorker();
        Api.integrator().get("/api/v1/people/" + id).then().statusCode(200);
        Api.session("worker").get("/api/v1/people/" + id + "/history").then().statusCode(200)
                .body("action", hasItem("person.read")).body("find { it.action == 'person.read' }.actor", is("demo-integrator"));
    }
}
