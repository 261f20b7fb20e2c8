package vn.ansinh.area;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.ansinh.identity.AreaScope;
import vn.ansinh.identity.Role;
import vn.ansinh.testing.Accounts;
import vn.ansinh.testing.Api;
import vn.ansinh.testing.People;

@QuarkusTest
class AreaAttributeApiTest {

    private static String village(String name) {
        return Api.session("worker").contentType(ContentType.JSON).body(Map.of("communeCode", "03688", "name", name))
                .post("/api/v1/villages").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse importList(String user, String csv, String decision, String from) {
        return Api.session(user).contentType("text/csv; charset=UTF-8").body(csv).queryParam("decisionNumber", decision)
                .queryParam("validFrom", from).post("/api/v1/area-attributes/imports").then();
    }

    @Test
    void theDemoDataFlagsVillagesOfTheDemoCommuneAndThreeSonLaCommunes() {
        Api.session("province").queryParam("on", "2025-07-01").get("/api/v1/area-attributes").then().statusCode(200)
                .body("findAll { it.level == 'COMMUNE' }.communeCode", hasItems("03862", "03868", "04246"))
                .body("findAll { it.level == 'VILLAGE' && it.communeCode == '03688' }.villageName",
                        hasItems("Bản Nà Cài", "Bản Huổi Văn", "Bản Co Hịa"))
                .body("villageName", not(hasItem("Bản Phiêng Bay")));
    }

    @Test
    void aProvinceImportsTheOfficialListOfADecisionWithItsValidity() {
        String name = "Bản Ít " + People.uniqueWord();
        String id = village(name);
        importList("province", "communeCode;villageName\n03688;" + name.toUpperCase() + "\n", "1/QĐ-UBDT thử", "2022-01-01")
                .statusCode(200).body("villages", is(1)).body("communes", is(0)).body("decisionNumber", is("1/QĐ-UBDT thử"));
        importList("province", "communeCode,villageName\n03688," + name + "\n", "2/QĐ-UBDT thử", "2024-01-01").statusCode(200);
        Api.session("worker").get("/api/v1/villages/" + id).then().statusCode(200)
                .body("attributes.decisionNumber", is(List.of("1/QĐ-UBDT thử", "2/QĐ-UBDT thử")))
                .body("attributes[0].validTo", is("2023-12-31"));
    }

    @Test
    void aBadFileChangesNothingAndNamesEveryBadRow() {
        String name = "Bản Ít " + People.uniqueWord();
        String id = village(name);
        String csv = "communeCode,villageName\n03688," + name + "\n1234,\n03688,Bản Không Có " + People.uniqueWord() + "\n00004,\n03688,"
                + name + "\n";
        importList("province", csv, "3/QĐ thử", "2022-01-01").statusCode(400).body("code", is("validation.failed"))
                .body("errors.field", is(List.of("lines[3].communeCode", "lines[5].communeCode", "lines[6].villageName",
                        "lines[4].villageName")))
                .body("errors.code", is(List.of("area-attribute.commune-code", "area.out-of-scope", "area-attribute.duplicate-row",
                        "area-attribute.unknown-village")));
        Api.session("worker").get("/api/v1/villages/" + id).then().body("attributes.size()", is(0));
        importList("province", "communeCode,villageName\n03688," + name + "\n", "", "2022-01-01").statusCode(400)
                .body("errors[0].field", is("decisionNumber"));
        importList("worker", "communeCode,villageName\n03688,\n", "4/QĐ", "2022-01-01").statusCode(403);
        importList(Accounts.ensure("province-hn", Role.PROVINCE_OFFICER, AreaScope.province("01")), "communeCode,villageName\n03688,\n",
                "4/QĐ", "2022-01-01").statusCode(400).body("errors[0].code", is("area.out-of-scope"));
    }
}
