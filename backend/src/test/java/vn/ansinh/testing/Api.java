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

    public static RequestSpecification as(String username) {
        return given().cookie("ansinh_session", sessionOf(username));
    }
}
