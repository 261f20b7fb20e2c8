package vn.ansinh.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as a given person: logs in through the API like the web app does and reuses the cookie. */
public final class Api {

    public static final String DEMO_PASSWORD = "ansinh-demo";

    private Api() {
    }

    public static String sessionOf(String username) {
        return given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}")
                .post("/api/v1/auth/login")
                .then().statusCode(200)
                .extract().cookie("ansinh_session");
    }

    private static final java.util.Map<String, String> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Requests as a given person, logging in once per test run (bcrypt makes each login slow).
     * Only for accounts no test logs out.
     */
    public static RequestSpecification session(String username) {
        return given().cookie("ansinh_session", SESSIONS.computeIfAbsent(username, Api::sessionOf));
    }

    /** Requests as an integrator, with a client-credentials bearer token fetched once per run. */
    public static RequestSpecification integrator() {
        String token = SESSIONS.computeIfAbsent("client:demo-integrator", key -> given()
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "demo-integrator").formParam("client_secret", DEMO_PASSWORD)
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("access_token"));
        return given().auth().oauth2(token);
    }

    public static RequestSpecification as(String username) {
        return given().cookie("ansinh_session", sessionOf(username));
    }
}
