package vn.ansinh.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.AreaScope;
import vn.ansinh.identity.Role;
import vn.ansinh.testing.Accounts;
import vn.ansinh.testing.Api;

/**
 * Policy administration. Versions that tests activate live in Cà Mau (96), a province no other test
 * evaluates, or far in the future, so that the shared database keeps the seeded policy elsewhere.
 */
@QuarkusTest
class PolicyAdminApiTest {

    static final String CA_MAU = "96";
    static final String CA_MAU_COMMUNE = "31825";

    static String officerCaMau() {
        return Accounts.ensure("province-cm", Role.PROVINCE_OFFICER, AreaScope.province(CA_MAU));
    }

    static String nationalAdmin() {
        return Accounts.ensure("admin-vn", Role.ADMIN, AreaScope.country());
    }

    static Map<String, Object> adHoc(String communeCode, String on) {
        return Map.of("on", on, "profile", Map.of("communeCode", communeCode, "birthDate", "1940-05-05",
                "facts", List.of(Map.of("kind", "PENSION", "codeValue", "NONE"))));
    }

    @Test
    void theCatalogueListsNationalProgrammesAndOnlyTheCallersProvincialOnes() {
        Api.session("worker").queryParam("on", "2025-07-01").get("/api/v1/programmes").then().statusCode(200)
                .body("code", is(List.of("ND20_MONTHLY", "ND176_SOCIAL_PENSION", "SL14_PROVINCIAL")))
                .body("find { it.code == 'SL14_PROVINCIAL' }.sample", is(true))
                .body("find { it.code == 'ND20_MONTHLY' }.standardLevelVnd", is(500000))
                .body("find { it.code == 'ND20_MONTHLY' }.groups.find { it.code == 'ND20_5_5_B' }.inForce", is(false))
                .body("find { it.code == 'ND20_MONTHLY' }.groups.find { it.code == 'ND20_5_7_CHILD_UNDER_3' }.amountVnd", is(750000));
        Api.session("worker").queryParam("on", "2024-06-30").get("/api/v1/programmes").then().statusCode(200)
                .body("find { it.code == 'ND20_MONTHLY' }.standardLevelVnd", is(360000))
                .body("find { it.code == 'ND20_MONTHLY' }.groups.find { it.code == 'ND20_5_5_B' }.amountVnd", is(360000))
                .body("find { it.code == 'ND176_SOCIAL_PENSION' }.standardLevelVnd", nullValue());
        Api.session(Accounts.workerHanoi()).get("/api/v1/programmes").then().statusCode(200)
                .body("code", not(hasItem("SL14_PROVINCIAL")));
        Api.session("worker").get("/api/v1/policy-groups/ND20_5_5_B").then().statusCode(200)
                .body("versions[0].effectiveTo", is("2025-06-30")).body("versions[0].criteria.kind",
                        is(List.of("AGE_YEARS", "POVERTY_STATUS", "AREA_ATTRIBUTE")));
        Api.session(Accounts.workerHanoi()).get("/api/v1/policy-groups/SL14_PREGNANT_POOR").then().statusCode(404)
                .body("code", is("policy.group-not-found"));
    }

    @Test
    void aProvincialLevelAppliesInItsProvinceOnlyWhenHigherAndFromItsDate() {
        JsonPath draft = Api.session(officerCaMau()).contentType(ContentType.JSON)
                .body(Map.of("levelCode", "ND176_PENSION", "provinceCode", CA_MAU, "amountVnd", 650000, "effectiveFrom", "2025-10-01",
                        "legalBasis", "Nghị quyết thử nghiệm của tỉnh Cà Mau"))
                .post("/api/v1/standard-levels").then().statusCode(201).body("status", is("DRAFT")).extract().jsonPath();
        String id = draft.getString("id");
        Api.session("worker").contentType(ContentType.JSON).body(adHoc(CA_MAU_COMMUNE, "2025-10-01"))
                .post("/api/v1/eligibility/evaluations").then().statusCode(400).body("errors[0].code", is("area.out-of-scope"));
        // a draft changes nothing
        Api.session(Accounts.nationalAuditor()).queryParam("provinceCode", CA_MAU).queryParam("on", "2025-10-01")
                .get("/api/v1/programmes").then().body("find { it.code == 'ND176_SOCIAL_PENSION' }.standardLevelVnd", is(500000));
        Api.session(officerCaMau()).header("If-Match", "\"0\"").post("/api/v1/standard-levels/" + id + "/activation").then()
                .statusCode(200).body("status", is("ACTIVE"));
        Api.integrator().contentType(ContentType.JSON).body(adHoc(CA_MAU_COMMUNE, "2025-09-30"))
                .post("/api/v1/eligibility/evaluations").then().statusCode(200)
                .body("chosen[0].standardLevelVnd", is(500000));
        Api.integrator().contentType(ContentType.JSON).body(adHoc(CA_MAU_COMMUNE, "2025-10-01"))
                .post("/api/v1/eligibility/evaluations").then().statusCode(200)
                .body("chosen[0].groupCode", is("ND176_75_PLUS")).body("chosen[0].standardLevelVnd", is(650000))
                .body("chosen[0].amountVnd", is(650000)).body("chosen[0].levelVersionId", is(id));
        Api.integrator().contentType(ContentType.JSON).body(adHoc("03688", "2025-10-01"))
                .post("/api/v1/eligibility/evaluations").then().statusCode(200).body("chosen[0].standardLevelVnd", is(500000));
        Api.session(officerCaMau()).queryParam("levelCode", "ND176_PENSION").get("/api/v1/standard-levels").then().statusCode(200)
                .body("provinceCode", hasItem(CA_MAU));
        Api.session("province").queryParam("levelCode", "ND176_PENSION").get("/api/v1/standard-levels").then().statusCode(200)
                .body("provinceCode", not(hasItem(CA_MAU)));
    }

    @Test
    void aUsedVersionCannotBeChangedOrDeleted() {
        String id = Api.session(officerCaMau()).contentType(ContentType.JSON)
                .body(Map.of("levelCode", "ND20_STANDARD", "provinceCode", CA_MAU, "amountVnd", 550000, "effectiveFrom", "2091-01-01",
                        "legalBasis", "Nghị quyết thử nghiệm"))
                .post("/api/v1/standard-levels").then().statusCode(201).extract().path("id");
        Map<String, Object> change = Map.of("amountVnd", 560000, "effectiveFrom", "2091-01-01", "legalBasis", "Nghị quyết thử nghiệm");
        Api.session(officerCaMau()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .put("/api/v1/standard-levels/" + id).then().statusCode(200).body("amountVnd", is(560000));
        Arc.container().instance(PolicyService.class).get().recordUse(UUID.fromString(id), null);
        Api.session(officerCaMau()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(change)
                .put("/api/v1/standard-levels/" + id).then().statusCode(409).body("code", is("policy.version-used"));
        Api.session(officerCaMau()).delete("/api/v1/standard-levels/" + id).then().statusCode(409).body("code", is("policy.version-used"));

        String group = Api.session("province").contentType(ContentType.JSON)
                .body(Map.of("coefficient", 0.8, "effectiveFrom", "2092-01-01", "legalBasis", "Nghị quyết thử nghiệm",
                        "criteria", List.of(Map.of("kind", "PREGNANT"), Map.of("kind", "POVERTY_STATUS", "in", List.of("POOR", "NEAR_POOR")))))
                .post("/api/v1/policy-groups/SL14_PREGNANT_POOR/versions").then().statusCode(201).body("status", is("DRAFT"))
                .body("criteria[1].in", is(List.of("POOR", "NEAR_POOR"))).extract().path("id");
        Arc.container().instance(PolicyService.class).get().recordUse(null, UUID.fromString(group));
        Api.session("province").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("coefficient", 0.9, "effectiveFrom", "2092-01-01", "legalBasis", "x", "criteria", List.of(Map.of("kind", "PREGNANT"))))
                .put("/api/v1/policy-group-versions/" + group).then().statusCode(409).body("code", is("policy.version-used"));
        Api.session("province").delete("/api/v1/policy-group-versions/" + group).then().statusCode(409);
        assertThat(Arc.container().instance(AuditService.class).get().verifyChain("14")).isTrue();
    }

    @Test
    void provincialVersionsStayInTheirProvinceAndNationalOnesNeedACountryScope() {
        Map<String, Object> level = Map.of("levelCode", "ND20_STANDARD", "provinceCode", CA_MAU, "amountVnd", 700000,
                "effectiveFrom", "2093-01-01", "legalBasis", "Nghị quyết thử nghiệm");
        Api.session("province").contentType(ContentType.JSON).body(level).post("/api/v1/standard-levels").then().statusCode(404);
        Api.session("province").contentType(ContentType.JSON)
                .body(Map.of("levelCode", "ND20_STANDARD", "amountVnd", 700000, "effectiveFrom", "2093-01-01", "legalBasis", "x"))
                .post("/api/v1/standard-levels").then().statusCode(403).body("code", is("policy.national-only"));
        Api.session("worker").contentType(ContentType.JSON).body(level).post("/api/v1/standard-levels").then().statusCode(403);
        Map<String, Object> version = Map.of("coefficient", 1.2, "effectiveFrom", "2093-01-01", "legalBasis", "x",
                "criteria", List.of(Map.of("kind", "PREGNANT")));
        Api.session(officerCaMau()).contentType(ContentType.JSON).body(version)
                .post("/api/v1/policy-groups/SL14_PREGNANT_POOR/versions").then().statusCode(404);
        Api.session("province").contentType(ContentType.JSON).body(version)
                .post("/api/v1/policy-groups/ND20_5_7_CHILD_UNDER_3/versions").then().statusCode(403);
        Api.session("province").contentType(ContentType.JSON)
                .body(Map.of("coefficient", 0, "effectiveFrom", "2093-01-01", "legalBasis", "x",
                        "criteria", List.of(Map.of("kind", "AGE_YEARS", "min", 80, "maxExclusive", 75), Map.of("kind", "FLYING"))))
                .post("/api/v1/policy-groups/SL14_PREGNANT_POOR/versions").then().statusCode(400)
                .body("errors.field", is(List.of("coefficient", "criteria[0]", "criteria[1]")))
                .body("errors[2].code", is("policy.criterion"));
    }

    @Test
    void aNationalGroupVersionActivatedByACountryAdminClosesThePreviousOneAndIsAudited() {
        String id = Api.session(nationalAdmin()).contentType(ContentType.JSON)
                .body(Map.of("coefficient", 1.7, "effectiveFrom", "2090-01-01", "legalBasis", "Nghị định thử nghiệm",
                        "criteria", List.of(Map.of("kind", "AGE_MONTHS", "maxExclusive", 36), Map.of("kind", "POVERTY_STATUS", "in", List.of("POOR")))))
                .post("/api/v1/policy-groups/ND20_5_7_CHILD_UNDER_3/versions").then().statusCode(201).extract().path("id");
        Api.session(nationalAdmin()).header("If-Match", "\"0\"").post("/api/v1/policy-group-versions/" + id + "/activation").then()
                .statusCode(200).body("status", is("ACTIVE"));
        Api.session(nationalAdmin()).header("If-Match", "\"1\"").post("/api/v1/policy-group-versions/" + id + "/activation").then()
                .statusCode(409).body("code", is("policy.version-active"));
        Api.session("worker").get("/api/v1/policy-groups/ND20_5_7_CHILD_UNDER_3").then().statusCode(200)
                .body("versions.size()", is(2)).body("versions[0].effectiveTo", is("2089-12-31"))
                .body("versions[1].coefficient", is(1.7f));
        Api.session(nationalAdmin()).queryParam("on", "2090-01-01").queryParam("provinceCode", "14").get("/api/v1/programmes").then()
                .body("find { it.code == 'ND20_MONTHLY' }.groups.find { it.code == 'ND20_5_7_CHILD_UNDER_3' }.coefficient", is(1.7f));
        assertThat(Arc.container().instance(AuditService.class).get().eventsOf(List.of(UUID.fromString(id))))
                .extracting(e -> e.action()).containsExactly("policy.group-version-added", "policy.group-version-activated");
    }
}
