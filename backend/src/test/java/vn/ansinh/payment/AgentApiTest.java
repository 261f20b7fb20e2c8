package vn.ansinh.payment;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.ansinh.testing.Accounts;
import vn.ansinh.testing.Api;
import vn.ansinh.testing.People;

@QuarkusTest
class AgentApiTest {

    @Test
    void aProvinceOfficerRegistersAnAgentOpensOneServicePointPerCommuneAndAssignsUsers() {
        String code = "BD-" + People.uniqueWord().substring(0, 8);
        String agentId = PaymentFixtures.agent(code);
        Api.session("worker").get("/api/v1/payment-agents/" + agentId).then().statusCode(200)
                .body("code", is(code)).body("kind", is("POST_OFFICE")).body("provinceCode", is("14"));
        PaymentFixtures.json("province").body(Map.of("provinceCode", "14", "code", code, "name", "Again", "kind", "BANK"))
                .post("/api/v1/payment-agents").then().statusCode(409).body("code", is("payment.agent-code-exists"));

        String commune = PaymentFixtures.freeCommune();
        String pointId = PaymentFixtures.json("province").body(Map.of("communeCode", commune, "name", "Điểm BĐVH"))
                .post("/api/v1/payment-agents/" + agentId + "/service-points").then().statusCode(201)
                .body("communeCode", is(commune)).body("active", is(true)).extract().path("id");
        PaymentFixtures.json("province").body(Map.of("communeCode", commune, "name", "Second"))
                .post("/api/v1/payment-agents/" + agentId + "/service-points").then().statusCode(409)
                .body("code", is("payment.service-point-exists"));
        Api.session("province").post("/api/v1/payment-agents/" + agentId + "/service-points/" + pointId + "/closure")
                .then().statusCode(200).body("active", is(false));
        PaymentFixtures.json("province").body(Map.of("communeCode", commune, "name", "Second"))
                .post("/api/v1/payment-agents/" + agentId + "/service-points").then().statusCode(201);

        PaymentFixtures.json("province").body(Map.of("username", "agent-x", "communeCode", commune))
                .post("/api/v1/payment-agents/" + agentId + "/users").then().statusCode(201).body("communeCode", is(commune));
        Api.session("province").get("/api/v1/payment-agents/" + agentId + "/users").then().statusCode(200)
                .body("username", hasItem("agent-x"));
    }

    @Test
    void aCommuneOfAnotherProvinceIsRefusedAndAnotherProvinceSeesNoAgent() {
        String agentId = PaymentFixtures.agent("HN-" + People.uniqueWord().substring(0, 8));
        PaymentFixtures.json("province").body(Map.of("communeCode", Accounts.HANOI_COMMUNE, "name", "Điểm"))
                .post("/api/v1/payment-agents/" + agentId + "/service-points").then().statusCode(400)
                .body("errors[0].code", is("payment.commune-of-other-province"));
        Api.session(Accounts.workerHanoi()).get("/api/v1/payment-agents/" + agentId).then().statusCode(404)
                .body("code", is("payment.agent-not-found"));
        Api.session("worker").contentType(ContentType.JSON).body(Map.of("code", "X1", "name", "X", "kind", "BANK"))
                .post("/api/v1/payment-agents").then().statusCode(403);
    }

    @Test
    void aProvinceSetsItsFeeWithIfMatch() {
        String etag = Api.session("province").get("/api/v1/payment-settings/14").then().statusCode(200)
                .extract().header("ETag");
        String first = PaymentFixtures.json("province").header("If-Match", etag)
                .body(Map.of("feePercent", 1.5, "funeralMultiple", 20))
                .put("/api/v1/payment-settings/14").then().statusCode(200).body("feePercent", is(1.5f)).extract().header("ETag");
        PaymentFixtures.json("province").header("If-Match", first).body(Map.of("feePercent", 1.5, "funeralMultiple", 20))
                .put("/api/v1/payment-settings/14").then().statusCode(200);
        PaymentFixtures.json("province").header("If-Match", first).body(Map.of("feePercent", 2, "funeralMultiple", 20))
                .put("/api/v1/payment-settings/14").then().statusCode(412);
        PaymentFixtures.json("province").header("If-Match", "\"99\"").body(Map.of("feePercent", 2, "funeralMultiple", 10))
                .put("/api/v1/payment-settings/14").then().statusCode(400);
    }
}
