package vn.ansinh.policy;

import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.ansinh.identity.AreaScope;
import vn.ansinh.identity.Role;
import vn.ansinh.testing.Accounts;
import vn.ansinh.testing.Api;
import vn.ansinh.testing.People;

/** Simulations run over Cà Mau (96), whose registry only this test fills. */
@QuarkusTest
class SimulationApiTest {

    private static String person(String worker, String birthDate, String pension) {
        String id = Api.session(worker).contentType(ContentType.JSON)
                .body(People.aPerson().inCommune(PolicyAdminApiTest.CA_MAU_COMMUNE).bornOn(birthDate).body()).post("/api/v1/people").then()
                .statusCode(201).extract().path("id");
        if (pension != null) {
            Api.session(worker).contentType(ContentType.JSON).body(Map.of("kind", "PENSION", "codeValue", pension, "validFrom", "2010-01-01"))
                    .post("/api/v1/people/" + id + "/facts").then().statusCode(201);
        }
        return id;
    }

    private static JsonPath finished(String user, String location) {
        long deadline = System.currentTimeMillis() + 120_000;
        String status = "QUEUED";
        while (!status.equals("DONE") && !status.equals("FAILED") && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            status = Api.session(user).get(location).then().statusCode(200).extract().path("status");
        }
        return Api.session(user).get(location).then().statusCode(200).body("status", is("DONE")).extract().jsonPath();
    }

    @Test
    void aHigherProvincialPensionLevelFromJanuaryRaisesWhatThePensionersOfTheProvinceCost() {
        String worker = Accounts.ensure("worker-cm", Role.SOCIAL_WORKER, AreaScope.commune(PolicyAdminApiTest.CA_MAU_COMMUNE));
        person(worker, "1940-02-02", "NONE");
        person(worker, "1941-03-03", "NONE");
        person(worker, "1942-04-04", "PENSION");
        person(worker, "1995-05-05", null);
        String officer = PolicyAdminApiTest.officerCaMau();
        String draft = Api.session(officer).contentType(ContentType.JSON)
                .body(Map.of("levelCode", "ND176_PENSION", "provinceCode", "96", "amountVnd", 700000, "effectiveFrom", "2096-01-01",
                        "legalBasis", "Dự thảo nghị quyết"))
                .post("/api/v1/standard-levels").then().statusCode(201).extract().path("id");
        String location = Api.session(officer).contentType(ContentType.JSON)
                .body(Map.of("draftKind", "LEVEL", "draftId", draft, "fromMonth", "2096-01"))
                .post("/api/v1/policy-simulations").then().statusCode(202).body("status", is("QUEUED")).body("provinceCode", is("96"))
                .body("fromMonth", is("2096-01")).extract().header("Location");
        JsonPath job = finished(officer, location);
        int people = job.getInt("result.people");
        org.assertj.core.api.Assertions.assertThat(people).isEqualTo(job.getInt("total")).isEqualTo(job.getInt("done")).isGreaterThanOrEqualTo(4);
        org.assertj.core.api.Assertions.assertThat(job.getInt("result.increased")).isEqualTo(job.getInt("result.changed"))
                .isEqualTo(job.getInt("result.paidBefore")).isGreaterThanOrEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(job.getLong("result.monthlyCostAfterVnd") - job.getLong("result.monthlyCostBeforeVnd"))
                .isEqualTo(200_000L * job.getInt("result.increased"));
        org.assertj.core.api.Assertions.assertThat(job.getInt("result.gainers")).isZero();
        org.assertj.core.api.Assertions.assertThat(job.getList("result.byGroup.code")).isEqualTo(List.of("ND176_75_PLUS"));
        org.assertj.core.api.Assertions.assertThat(job.getList("result.byCommune.code")).isEqualTo(List.of(PolicyAdminApiTest.CA_MAU_COMMUNE));
        Api.session("province").get(location).then().statusCode(404).body("code", is("policy.simulation-not-found"));
        Api.session("province").contentType(ContentType.JSON).body(Map.of("draftKind", "LEVEL", "draftId", draft, "fromMonth", "2096-01"))
                .post("/api/v1/policy-simulations").then().statusCode(404);
        Api.session("worker").contentType(ContentType.JSON).body(Map.of("draftKind", "LEVEL", "draftId", draft, "fromMonth", "2096-01"))
                .post("/api/v1/policy-simulations").then().statusCode(403);
    }

    @Test
    void aDraftGroupVersionIsSimulatedOverTheWholeProvinceWithAGroupBreakdown() {
        String draft = Api.session("province").contentType(ContentType.JSON)
                .body(Map.of("coefficient", 1.0, "effectiveFrom", "2095-01-01", "legalBasis", "Dự thảo",
                        "criteria", List.of(Map.of("kind", "AGE_YEARS", "min", 60))))
                .post("/api/v1/policy-groups/SL14_PREGNANT_POOR/versions").then().statusCode(201).extract().path("id");
        String location = Api.session("province").contentType(ContentType.JSON)
                .body(Map.of("draftKind", "GROUP", "draftId", draft, "fromMonth", "2095-01"))
                .post("/api/v1/policy-simulations").then().statusCode(202).extract().header("Location");
        JsonPath job = finished("province", location);
        // in 2095 everyone registered is 75 or older and paid the social pension already: the provincial group comes on top
        org.assertj.core.api.Assertions.assertThat(job.getInt("result.gainers") + job.getInt("result.increased")).isGreaterThan(0);
        org.assertj.core.api.Assertions.assertThat(job.getLong("result.monthlyCostAfterVnd")).isGreaterThan(job.getLong("result.monthlyCostBeforeVnd"));
        org.assertj.core.api.Assertions.assertThat(job.getList("result.byGroup.code")).contains("SL14_PREGNANT_POOR");
        org.assertj.core.api.Assertions.assertThat(job.getList("result.byCommune.code")).contains("03688");
    }
}
