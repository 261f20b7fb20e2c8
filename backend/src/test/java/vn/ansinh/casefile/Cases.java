package vn.ansinh.casefile;

import static vn.ansinh.testing.People.aPerson;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import vn.ansinh.testing.Api;
import vn.ansinh.testing.People;

/** Steps of the application workflow through the API, for tests. */
final class Cases {

    static final String DECISION = "{\"decisionNumber\":\"15/QĐ-UBND\",\"decisionDate\":\"2026-12-01\",\"signer\":\"Lường Văn Hùng\"}";

    private Cases() {
    }

    static String person(People.PersonBuilder person) {
        return Api.session("worker").contentType(ContentType.JSON).body(person.body()).post("/api/v1/people").then().statusCode(201)
                .extract().path("id");
    }

    static String elderly() {
        return person(aPerson().bornOn("1945-03-10"));
    }

    static ValidatableResponse create(String personId, String group) {
        return Api.session("worker").contentType(ContentType.JSON).body(Map.of("personId", personId, "groupCode", group))
                .post("/api/v1/cases").then();
    }

    static String draft(String personId, String group) {
        return create(personId, group).statusCode(201).extract().path("id");
    }

    static ValidatableResponse step(String user, String caseId, String step, Object body) {
        var request = Api.session(user).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.post("/api/v1/cases/" + caseId + "/" + step).then();
    }

    static void submit(String caseId, String on) {
        Map<String, Object> body = new HashMap<>(Map.of("submitterKind", "RELATIVE", "submitterName", "Lò Thị Xuân",
                "submitterRelation", "con gái"));
        if (on != null) {
            body.put("submittedOn", on);
        }
        step("worker", caseId, "submission", body).statusCode(200);
    }

    /** A case proposed for decision: received 16 Nov 2026, posted 24–25 Nov. */
    static String proposed(String personId, String group) {
        String id = draft(personId, group);
        submit(id, "2026-11-16");
        step("worker", id, "review", null).statusCode(200);
        step("worker", id, "posting", Map.of("start", "2026-11-24", "end", "2026-11-25")).statusCode(200);
        step("worker", id, "proposal", null).statusCode(200);
        return id;
    }

    static JsonPath get(String user, String caseId) {
        return Api.session(user).get("/api/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath();
    }
}
