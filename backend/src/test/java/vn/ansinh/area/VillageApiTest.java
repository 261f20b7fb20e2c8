package vn.ansinh.area;

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
class VillageApiTest {

    private static String created(String name) {
        return Api.session("worker").contentType(ContentType.JSON).body(Map.of("communeCode", "03688", "name", name))
                .post("/api/v1/villages").then().statusCode(201).header("ETag", is("\"0\"")).body("name", is(name))
                .extract().path("id");
    }

    @Test
    void aCommuneKeepsItsListOfVillagesWithUniqueNames() {
        String name = "Bản Nà " + People.uniqueWord();
        String id = created(name);
        Api.session("worker").get("/api/v1/villages").then().statusCode(200).body("id", hasItem(id));
        Api.session("worker").contentType(ContentType.JSON)
                .body(Map.of("communeCode", "03688", "name", vn.ansinh.shared.VietnameseText.fold(name).toUpperCase()))
                .post("/api/v1/villages").then().statusCode(409).body("code", is("village.name-exists"));
    }

    @Test
    void aVillageIsRenamedWithItsVersion() {
        String id = created("Bản " + People.uniqueWord());
        Api.session("worker").contentType(ContentType.JSON).body(Map.of("name", "Bản Mới " + People.uniqueWord()))
                .put("/api/v1/villages/" + id).then().statusCode(428);
        Api.session("worker").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "Bản Mới " + People.uniqueWord())).put("/api/v1/villages/" + id).then().statusCode(200)
                .header("ETag", is("\"1\""));
        Api.session("worker").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "Bản Khác " + People.uniqueWord())).put("/api/v1/villages/" + id).then().statusCode(412);
    }

    @Test
    void theProvinceGivesAVillageDatedAttributes() {
        String id = created("Bản " + People.uniqueWord());
        Api.session("province").contentType(ContentType.JSON)
                .body(Map.of("kind", "ESPECIALLY_DIFFICULT", "validFrom", "2017-01-01", "decisionNumber", "582/QĐ-TTg"))
                .post("/api/v1/villages/" + id + "/attributes").then().statusCode(201);
        Api.session("province").contentType(ContentType.JSON)
                .body(Map.of("kind", "ESPECIALLY_DIFFICULT", "validFrom", "2021-09-01", "decisionNumber", "612/QĐ-UBDT"))
                .post("/api/v1/villages/" + id + "/attributes").then().statusCode(201)
                .body("attributes.size()", is(2)).body("attributes[0].validTo", is("2021-08-31"))
                .body("attributes[1].decisionNumber", is("612/QĐ-UBDT"));
        Api.session("province").contentType(ContentType.JSON)
                .body(Map.of("kind", "ESPECIALLY_DIFFICULT", "validFrom", "2019-01-01", "validTo", "2019-12-31",
                        "decisionNumber", "1/QĐ"))
                .post("/api/v1/villages/" + id + "/attributes").then().statusCode(409).body("code", is("village.attribute-overlap"));
        Api.session("worker").contentType(ContentType.JSON)
                .body(Map.of("kind", "ESPECIALLY_DIFFICULT", "validFrom", "2022-01-01", "decisionNumber", "x"))
                .post("/api/v1/villages/" + id + "/attributes").then().statusCode(403);
    }

    @Test
    void anotherCommunesVillagesAreOutOfReach() {
        String id = created("Bản " + People.uniqueWord());
        Api.session(Accounts.workerB()).get("/api/v1/villages/" + id).then().statusCode(404).body("code", is("village.not-found"));
        Api.session(Accounts.workerB()).queryParam("communeCode", "03688").get("/api/v1/villages").then().statusCode(404);
        Api.session(Accounts.workerB()).contentType(ContentType.JSON).body(Map.of("communeCode", "03688", "name", "Bản X"))
                .post("/api/v1/villages").then().statusCode(404);
    }

    @Test
    void householdsArePlacedInAVillageOfTheirCommune() {
        String village = created("Bản " + People.uniqueWord());
        Api.session("worker").contentType(ContentType.JSON).body(People.aHousehold().with("villageId", village).body())
                .post("/api/v1/households").then().statusCode(201).body("villageId", is(village));
        String otherCommuneVillage = Api.session(Accounts.workerB()).contentType(ContentType.JSON)
                .body(Map.of("communeCode", Accounts.COMMUNE_B, "name", "Tổ " + People.uniqueWord()))
                .post("/api/v1/villages").then().statusCode(201).extract().path("id");
        Api.session("worker").contentType(ContentType.JSON).body(People.aHousehold().with("villageId", otherCommuneVillage).body())
                .post("/api/v1/households").then().statusCode(400).body("errors[0].code", is("village.other-commune"));
    }
}
