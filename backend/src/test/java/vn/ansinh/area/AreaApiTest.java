package vn.ansinh.area;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import vn.ansinh.testing.Api;

@QuarkusTest
class AreaApiTest {

    private String session;

    @BeforeEach
    void logIn() {
        session = Api.sessionOf("worker");
    }

    private RequestSpecification worker() {
        return io.restassured.RestAssured.given().cookie("ansinh_session", session);
    }

    @Test
    void todayThereAre34ProvincesAnd3321Communes() {
        worker().queryParam("level", "PROVINCE").queryParam("size", 100).get("/api/v1/areas")
                .then().statusCode(200).body("totalItems", is(34)).body("items.size()", is(34))
                .body("items.code", hasItems("01", "14", "79"));
        worker().queryParam("level", "COMMUNE").queryParam("size", 1).get("/api/v1/areas")
                .then().statusCode(200).body("totalItems", is(3321));
        worker().queryParam("level", "DISTRICT").get("/api/v1/areas")
                .then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void theDayBeforeTheReformThereWere63ProvincesAnd696Districts() {
        worker().queryParam("level", "PROVINCE").queryParam("validOn", "2025-06-30").get("/api/v1/areas")
                .then().statusCode(200).body("totalItems", is(63));
        worker().queryParam("level", "DISTRICT").queryParam("validOn", "2025-06-30").get("/api/v1/areas")
                .then().statusCode(200).body("totalItems", is(696));
        worker().queryParam("level", "COMMUNE").queryParam("validOn", "2025-06-30").get("/api/v1/areas")
                .then().statusCode(200).body("totalItems", is(10035));
        worker().queryParam("level", "PROVINCE").queryParam("validOn", "2025-07-01").get("/api/v1/areas")
                .then().statusCode(200).body("totalItems", is(34));
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        worker().queryParam("level", "PROVINCE").queryParam("q", "son la").get("/api/v1/areas")
                .then().statusCode(200).body("items.fullName", equalTo(java.util.List.of("Tỉnh Sơn La")));
        worker().queryParam("q", "dak").queryParam("level", "PROVINCE").get("/api/v1/areas")
                .then().statusCode(200).body("items.name", hasItems("Đắk Lắk"));
        worker().queryParam("q", "ĐẮK").queryParam("level", "PROVINCE").get("/api/v1/areas")
                .then().statusCode(200).body("items.name", hasItems("Đắk Lắk"));
        worker().queryParam("q", "muong chien").queryParam("level", "COMMUNE").get("/api/v1/areas")
                .then().statusCode(200).body("items.code", hasItem("03688"));
    }

    @Test
    void communesOfAProvinceAreListedUnderIt() {
        worker().queryParam("parentCode", "14").queryParam("size", 200).get("/api/v1/areas")
                .then().statusCode(200).body("totalItems", is(75))
                .body("items.provinceCode", everyItem(is("14"))).body("items.level", everyItem(is("COMMUNE")));
    }

    @Test
    void aMergedProvinceNamesTheProvincesItWasFormedFrom() {
        // Yên Bái (15) went into Lào Cai, which took code 15; old Lào Cai was 10.
        worker().get("/api/v1/areas/15").then().statusCode(200)
                .body("fullName", is("Tỉnh Lào Cai")).body("validFrom", is("2025-07-01")).body("validTo", nullValue())
                .body("predecessors.code", hasItems("10", "15"))
                .body("predecessors.fullName", hasItems("Tỉnh Lào Cai", "Tỉnh Yên Bái"));
        worker().queryParam("validOn", "2025-06-30").get("/api/v1/areas/15").then().statusCode(200)
                .body("fullName", is("Tỉnh Yên Bái")).body("validTo", is("2025-06-30"))
                .body("successors.code", equalTo(java.util.List.of("15")))
                .body("successors[0].kind", is("whole"));
    }

    @Test
    void anUnchangedProvinceSaysSo() {
        worker().get("/api/v1/areas/14").then().statusCode(200)
                .body("predecessors.size()", is(1)).body("predecessors[0].kind", is("unchanged"));
    }

    @Test
    void anOldCommuneNamesItsSuccessorAndItsDistrict() {
        // 26740 was Phường Bến Nghé (Quận 1); it went whole into the new Phường Sài Gòn (26740).
        worker().queryParam("validOn", "2025-06-30").get("/api/v1/areas/26740").then().statusCode(200)
                .body("fullName", is("Phường Bến Nghé")).body("level", is("COMMUNE"))
                .body("parent.level", is("DISTRICT")).body("successors.code", hasItem("26740"));
        worker().get("/api/v1/areas/26740").then().statusCode(200)
                .body("fullName", is("Phường Sài Gòn")).body("parent.code", is("79"))
                .body("predecessors.code", hasItems("26740", "26737", "26746"));
    }

    @Test
    void anUnknownCodeIsANotFoundProblem() {
        worker().get("/api/v1/areas/99999").then().statusCode(404)
                .contentType("application/problem+json").body("code", is("area.not-found"));
    }

    @Test
    void badFiltersAreFieldErrors() {
        worker().queryParam("level", "VILLAGE").get("/api/v1/areas").then().statusCode(400)
                .body("code", is("validation.failed")).body("errors[0].field", is("level"))
                .body("errors[0].code", is("unknown-value"));
        worker().queryParam("validOn", "30/06/2025").get("/api/v1/areas").then().statusCode(400)
                .body("errors[0].field", is("validOn")).body("errors[0].code", is("invalid-date"));
        worker().queryParam("size", 100000).get("/api/v1/areas").then().statusCode(400)
                .body("errors[0].field", is("size")).body("errors[0].code", is("max"));
    }

    @Test
    void reloadingTheListsChangesNothing() {
        worker().queryParam("validOn", "2025-06-30").queryParam("size", 1).get("/api/v1/areas")
                .then().body("totalItems", is(63 + 696 + 10035));
        io.quarkus.arc.Arc.container().instance(AreaReferenceLoader.class).get().load(true);
        worker().queryParam("validOn", "2025-06-30").queryParam("size", 1).get("/api/v1/areas")
                .then().body("totalItems", is(63 + 696 + 10035));
        worker().get("/api/v1/areas/15").then().body("predecessors.size()", is(2));
    }
}
