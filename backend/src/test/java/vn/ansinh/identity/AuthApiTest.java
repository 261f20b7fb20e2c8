package vn.ansinh.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.ansinh.testing.Api;

@QuarkusTest
class AuthApiTest {

    @Inject
    IdentityFixtures fixtures;

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .post("/api/v1/auth/login");
    }

    @Test
    void workerLogsInAndGetsAnHttpOnlySameSiteCookie() {
        login("worker", Api.DEMO_PASSWORD).then().statusCode(200)
                .header("Set-Cookie", containsString("ansinh_session="))
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"))
                .body("username", is("worker")).body("role", is("SOCIAL_WORKER"))
                .body("scope.level", is("COMMUNE")).body("scope.code", is("03688"))
                .body("scope.name", is("Xã Mường Chiên"));
    }

    @Test
    void theCookieIdentifiesTheUserOnLaterRequests() {
        Api.as("approver").get("/api/v1/auth/me").then().statusCode(200)
                .body("username", is("approver")).body("role", is("APPROVER"));
        Api.as("province").get("/api/v1/auth/me").then().statusCode(200)
                .body("scope.level", is("PROVINCE")).body("scope.code", is("14")).body("scope.name", is("Tỉnh Sơn La"));
    }

    @Test
    void usernamesAreNotCaseSensitive() {
        login("  Worker ", Api.DEMO_PASSWORD).then().statusCode(200).body("username", is("worker"));
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        login("worker", "wrong").then().statusCode(401).contentType("application/problem+json")
                .body("code", is("auth.invalid-credentials")).header("Set-Cookie", nullValue());
        login("nobody-here", "wrong").then().statusCode(401).body("code", is("auth.invalid-credentials"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String username = fixtures.aSocialWorkerWithPassword("dung-mat-khau");
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(username, "sai-mat-khau").then().statusCode(401).body("code", is("auth.invalid-credentials"));
        }
        login(username, "sai-mat-khau").then().statusCode(429).body("code", is("auth.locked"))
                .header("Retry-After", notNullValue());
        login(username, "dung-mat-khau").then().statusCode(429).body("code", is("auth.locked"))
                .body("retryAfterSeconds", greaterThan(800))
                .body("detail", containsString("15 phút"));
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        String username = fixtures.aSocialWorkerWithPassword("dung-mat-khau");
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(username, "sai-mat-khau").then().statusCode(401);
        }
        login(username, "dung-mat-khau").then().statusCode(200);
        login(username, "sai-mat-khau").then().statusCode(401);
        login(username, "dung-mat-khau").then().statusCode(200);
    }

    @Test
    void loginNeedsBothFields() {
        given().contentType(ContentType.JSON).body("{\"username\":\"\"}").post("/api/v1/auth/login")
                .then().statusCode(400).body("code", is("validation.failed"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("password", "username"))
                .body("errors[0].code", is("required")).body("errors[0].message", is("Không được để trống"));
    }

    @Test
    void afterLogoutTheOldCookieNoLongerWorks() {
        String username = fixtures.aSocialWorkerWithPassword("dung-mat-khau");
        String cookie = login(username, "dung-mat-khau").then().statusCode(200).extract().cookie("ansinh_session");
        given().cookie("ansinh_session", cookie).get("/api/v1/auth/me").then().statusCode(200);
        given().cookie("ansinh_session", cookie).post("/api/v1/auth/logout").then().statusCode(204)
                .header("Set-Cookie", containsString("Max-Age=0"));
        given().cookie("ansinh_session", cookie).get("/api/v1/auth/me").then().statusCode(401)
                .body("code", is("auth.unauthenticated"));
        given().cookie("ansinh_session", cookie).post("/api/v1/auth/logout").then().statusCode(204);
    }

    @Test
    void everyOtherEndpointNeedsAuthentication() {
        given().get("/api/v1/auth/me").then().statusCode(401).contentType("application/problem+json")
                .body("code", is("auth.unauthenticated")).header("WWW-Authenticate", containsString("Bearer"));
        given().get("/api/v1/areas?level=PROVINCE").then().statusCode(401).body("code", is("auth.unauthenticated"));
        given().cookie("ansinh_session", "not-a-token").get("/api/v1/areas").then().statusCode(401)
                .body("code", is("auth.unauthenticated"));
        given().header("Authorization", "Bearer not-a-token").get("/api/v1/areas").then().statusCode(401)
                .body("code", is("auth.unauthenticated"));
    }

    @Test
    void anIntegratorGetsABearerTokenWithClientCredentials() {
        String token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", "demo-integrator")
                .formParam("client_secret", Api.DEMO_PASSWORD)
                .post("/api/v1/auth/token").then().statusCode(200)
                .body("token_type", is("Bearer")).body("expires_in", is(3600))
                .extract().path("access_token");
        given().auth().oauth2(token).get("/api/v1/areas?level=PROVINCE").then().statusCode(200)
                .body("totalItems", is(34));
        given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(200)
                .body("role", is("INTEGRATOR")).body("scope.code", is("14"));
    }

    @Test
    void anIntegratorMayAlsoUseHttpBasicForItsCredentials() {
        given().auth().preemptive().basic("demo-integrator", Api.DEMO_PASSWORD).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .post("/api/v1/auth/token").then().statusCode(200).body("access_token", not(nullValue()));
    }

    @Test
    void aWrongClientSecretIsAnOAuthInvalidClientProblem() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "nobody").formParam("client_secret", "x")
                .post("/api/v1/auth/token").then().statusCode(401)
                .body("code", is("auth.invalid-client")).body("error", is("invalid_client"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .post("/api/v1/auth/token").then().statusCode(400)
                .body("code", is("auth.unsupported-grant-type")).body("error", is("unsupported_grant_type"));
    }

    @Test
    void aUserTokenCannotBeForgedWithAnotherKey() {
        String forged = io.smallrye.jwt.build.Jwt.claims().subject("admin").upn("admin")
                .groups(java.util.Set.of("ADMIN")).claim("jti", java.util.UUID.randomUUID().toString())
                .issuer("https://ansinh.vn/issuer").audience("ansinh-api")
                .jws().sign(otherKey());
        given().header("Authorization", "Bearer " + forged).get("/api/v1/auth/me").then().statusCode(401);
    }

    private static java.security.PrivateKey otherKey() {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
