package vn.ansinh.person;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.ansinh.testing.People.aPerson;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.ansinh.testing.Accounts;
import vn.ansinh.testing.Api;
import vn.ansinh.testing.People.PersonBuilder;

/** Issue 3 §4: a taken identity number or a look-alike (same name and birth date in the province) is a 409. */
@QuarkusTest
class PersonDuplicatesApiTest {

    private static ValidatableResponse register(String user, PersonBuilder person) {
        return Api.session(user).contentType(ContentType.JSON).body(person.body()).post("/api/v1/people").then();
    }

    @Test
    void aTakenIdentityNumberIsAConflictThatLinksTheExistingPerson() {
        PersonBuilder first = aPerson().withNationalId();
        String id = register("worker", first).statusCode(201).extract().path("id");
        register("worker", aPerson().bornOn((String) first.get("birthDate")).with("nationalId", first.get("nationalId")))
                .statusCode(409).contentType("application/problem+json").body("code", is("person.national-id-exists"))
                .body("existing.id", is(id)).body("existing.href", is("/api/v1/people/" + id));
    }

    @Test
    void aTakenIdentityNumberInACommuneTheCallerCannotSeeIsAConflictThatTellsNothingAboutThePerson() {
        PersonBuilder first = aPerson().withNationalId();
        register("worker", first).statusCode(201);
        register(Accounts.workerB(), aPerson().inCommune(Accounts.COMMUNE_B).bornOn((String) first.get("birthDate"))
                .with("nationalId", first.get("nationalId"))).statusCode(409).body("code", is("person.national-id-exists"))
                .body("existing", nullValue()).body(not(org.hamcrest.Matchers.containsString((String) first.get("fullName"))));
    }

    @Test
    void theSameNameAndBirthDateInTheProvinceIsAConflictListingTheCandidates() {
        PersonBuilder first = aPerson();
        String id = register("worker", first).statusCode(201).extract().path("id");
        // Same name without diacritics and in another case: still the same folded name.
        String sameNameOtherwiseWritten = vn.ansinh.shared.VietnameseText.fold((String) first.get("fullName")).toUpperCase();
        register("worker", aPerson().named(sameNameOtherwiseWritten).bornOn((String) first.get("birthDate")))
                .statusCode(409).body("code", is("person.possible-duplicate"))
                .body("candidates[0].id", is(id)).body("candidates[0].fullName", is(first.get("fullName")))
                .body("candidates[0].communeName", is("Xã Mường Chiên")).body("otherCandidates", is(0));
    }

    @Test
    void aBirthYearAloneMatchesAnyDayOfThatYear() {
        PersonBuilder first = aPerson().bornOn("1944-07-19");
        register("worker", first).statusCode(201);
        register("worker", aPerson().named((String) first.get("fullName")).bornOn("1944")).statusCode(409)
                .body("code", is("person.possible-duplicate"));
        register("worker", aPerson().named((String) first.get("fullName")).bornOn("1944-08")).statusCode(201);
    }

    @Test
    void aLookAlikeInAnotherCommuneIsCountedButNotShown() {
        PersonBuilder first = aPerson();
        String id = register("worker", first).statusCode(201).extract().path("id");
        register(Accounts.workerB(), aPerson().inCommune(Accounts.COMMUNE_B).named((String) first.get("fullName"))
                .bornOn((String) first.get("birthDate"))).statusCode(409).body("code", is("person.possible-duplicate"))
                .body("candidates.size()", is(0)).body("otherCandidates", is(1)).body("otherCandidateIds", is(List.of(id)));
    }

    @Test
    void aConfirmedDifferentPersonIsRegisteredAndTheConfirmationIsRecorded() {
        PersonBuilder first = aPerson();
        String id = register("worker", first).statusCode(201).extract().path("id");
        String second = register("worker", aPerson().named((String) first.get("fullName")).bornOn((String) first.get("birthDate"))
                .confirmedDistinctFrom(id)).statusCode(201).extract().path("id");
        Api.session("worker").get("/api/v1/people/" + second + "/history").then().statusCode(200)
                .body("[0].action", is("person.created"))
                .body("[0].changes.find { it.field == 'confirmedDistinctFrom' }.after", is("[" + id + "]"));
    }

    @Test
    void theReviewListsLookAlikesOfTheCommuneUntilTheyAreConfirmedDifferent() {
        PersonBuilder first = aPerson().bornOn("1952-01-10");
        String a = register("worker", first).statusCode(201).extract().path("id");
        // Different days of the same year: not refused at registration, but worth a look.
        String b = register("worker", aPerson().named((String) first.get("fullName")).bornOn("1952-11-30")).statusCode(201)
                .extract().path("id");
        String key = "name-birth-year:" + vn.ansinh.shared.VietnameseText.fold((String) first.get("fullName")) + ":1952";
        Api.session("worker").get("/api/v1/people/duplicates").then().statusCode(200)
                .body("key", hasItem(key)).body("find { it.key == '" + key + "' }.people.id", org.hamcrest.Matchers.containsInAnyOrder(a, b));
        Api.session("province").queryParam("communeCode", "03688").get("/api/v1/people/duplicates").then().statusCode(200)
                .body("key", hasItem(key));
        String version = Api.session("worker").get("/api/v1/people/" + b).then().extract().header("ETag");
        Api.session("worker").contentType(ContentType.JSON).header("If-Match", version)
                .body(java.util.Map.of("birthDate", "1952-01", "confirmedDistinctFrom", List.of(a)))
                .patch("/api/v1/people/" + b).then().statusCode(200);
        Api.session("worker").get("/api/v1/people/duplicates").then().statusCode(200).body("key", not(hasItem(key)));
    }
}
