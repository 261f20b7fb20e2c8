package vn.ansinh.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.ansinh.testing.Api;

/** Every way a request can fail answers application/problem+json with a stable code and no internals. */
@QuarkusTest
class ProblemFormatTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIs400() {
        given().contentType(ContentType.JSON).body("{\"username\": \"worker\", ").post("/api/v1/auth/login")
                .then().statusCode(400).contentType(PROBLEM).body("code", is("request.malformed-json"))
                .body("type", is("urn:ansinh:problem:request.malformed-json"))
                .body("status", is(400)).body("instance", is("/api/v1/auth/login"));
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"colour\":\"RED\",\"count\":\"many\"}").post("/api/v1/test-probe")
                .then().statusCode(400).contentType(PROBLEM).body("code", is("validation.failed"))
                .body("errors[0].field", is("count")).body("errors[0].code", is("wrong-type"));
        given().contentType(ContentType.JSON).body("{\"username\":[1,2],\"password\":\"x\"}").post("/api/v1/auth/login")
                .then().statusCode(400).body("errors[0].field", is("username")).body("errors[0].code", is("wrong-type"));
    }

    @Test
    void anUnknownEnumValueListsTheAcceptedOnes() {
        given().contentType(ContentType.JSON).body("{\"colour\":\"PURPLE\",\"count\":1}").post("/api/v1/test-probe")
                .then().statusCode(400).contentType(PROBLEM).body("code", is("validation.failed"))
                .body("errors[0].field", is("colour")).body("errors[0].code", is("unknown-value"))
                .body("errors[0].message", allOf(containsString("RED"), containsString("GREEN")));
    }

    @Test
    void anUnknownFieldIsReportedNotIgnored() {
        given().contentType(ContentType.JSON).body("{\"colour\":\"RED\",\"count\":1,\"colur\":\"x\"}").post("/api/v1/test-probe")
                .then().statusCode(400).body("errors[0].field", is("colur")).body("errors[0].code", is("unknown-field"));
    }

    @Test
    void aMissingBodyIsAFieldError() {
        given().contentType(ContentType.JSON).post("/api/v1/test-probe")
                .then().statusCode(400).contentType(PROBLEM).body("code", is("validation.failed"));
    }

    @Test
    void aTooLargeBodyIs413BeforeItIsRead() {
        String huge = "{\"username\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"password\":\"x\"}";
        given().contentType(ContentType.JSON).body(huge).post("/api/v1/auth/login")
                .then().statusCode(413).contentType(PROBLEM).body("code", is("request.too-large"))
                .body("maxBytes", is(1048576));
    }

    @Test
    void aWrongMediaTypeIs415() {
        given().contentType(ContentType.TEXT).body("worker:ansinh-demo").post("/api/v1/auth/login")
                .then().statusCode(415).contentType(PROBLEM).body("code", is("unsupported-media-type"));
    }

    @Test
    void noSessionIs401AndAWrongRoleIs403() {
        given().get("/api/v1/test-probe/admin-only").then().statusCode(401).contentType(PROBLEM)
                .body("code", is("auth.unauthenticated"));
        Api.as("worker").get("/api/v1/test-probe/admin-only").then().statusCode(403).contentType(PROBLEM)
                .body("code", is("auth.forbidden"));
        Api.as("admin").get("/api/v1/test-probe/admin-only").then().statusCode(200);
    }

    @Test
    void anUnknownPathIs404() {
        Api.as("worker").get("/api/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM)
                .body("code", is("not-found"));
        given().get("/api/nothing/here").then().statusCode(404).contentType(PROBLEM).body("code", is("not-found"));
    }

    @Test
    void aWrongMethodIs405() {
        Api.as("worker").delete("/api/v1/areas").then().statusCode(405).contentType(PROBLEM)
                .body("code", is("method-not-allowed"));
    }

    @Test
    void aBusinessConflictIs409WithItsOwnCode() {
        given().get("/api/v1/test-probe/conflict").then().statusCode(409).contentType(PROBLEM)
                .body("code", is("probe.conflict")).body("title", is("Xung đột dữ liệu"));
    }

    @Test
    void anUnexpectedErrorIs500WithAnIncidentIdAndNoInternals() {
        given().get("/api/v1/test-probe/crash").then().statusCode(500).contentType(PROBLEM)
                .body("code", is("internal-error")).body("incidentId", notNullValue())
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("vn.ansinh")))
                .body(not(containsString("secret internal detail")));
    }

    @Test
    void noFreeDatabaseConnectionIs503WithRetryAfterNotAnIncident() {
        given().get("/api/v1/test-probe/pool-exhausted").then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", "2").body("code", is("service-busy")).body("title", is("Hệ thống đang bận"))
                .body("incidentId", nullValue());
    }

    @Test
    void messagesFollowAcceptLanguage() {
        given().header("Accept-Language", "en-US,en;q=0.9").get("/api/v1/areas").then().statusCode(401)
                .body("title", is("Not authenticated"));
        given().header("Accept-Language", "vi").get("/api/v1/areas").then().statusCode(401)
                .body("title", is("Chưa đăng nhập"));
        given().get("/api/v1/areas").then().statusCode(401).body("title", is("Chưa đăng nhập"));
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body("{}").post("/api/v1/auth/login")
                .then().statusCode(400).body("errors[0].message", startsWith("Must not be empty"));
    }
}
