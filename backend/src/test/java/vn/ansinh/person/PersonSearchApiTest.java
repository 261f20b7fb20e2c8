package vn.ansinh.person;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static vn.ansinh.testing.People.aPerson;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.ansinh.testing.Accounts;
import vn.ansinh.testing.Api;
import vn.ansinh.testing.People;

/** Name search without diacritics: whole words, the last one also as a prefix; always within the caller's scope. */
@QuarkusTest
class PersonSearchApiTest {

    private static String registered(People.PersonBuilder person) {
        return Api.session("worker").contentType(ContentType.JSON).body(person.body()).post("/api/v1/people").then()
                .statusCode(201).extract().path("id");
    }

    private static ValidatableResponse search(String q, String birthDate) {
        return Api.session("worker").queryParam("q", q).queryParam("birthDate", birthDate).queryParam("size", 200)
                .get("/api/v1/people").then().statusCode(200);
    }

    @Test
    void aNameWithoutDiacriticsFindsThePersonWithThem() {
        String day = People.randomDay();
        String id = registered(aPerson().named("Nguyễn Văn Đức").bornOn(day).confirmedDistinctFrom());
        search("nguyen van duc", day).body("items.id", hasItem(id)).body("items.find { it.id == '" + id + "' }.fullName",
                is("Nguyễn Văn Đức"));
        search("NGUYỄN   VĂN ĐỨC", day).body("items.id", hasItem(id));
        search("duc", day).body("items.id", hasItem(id));
        search("ngu", day).body("items.id", hasItem(id));
        search("van duc", day).body("items.id", hasItem(id));
        search("duc nguyen", day).body("items.id", hasItem(id));
    }

    @Test
    void onlyTheLastWordMayBeTheBeginningOfAWord() {
        String day = People.randomDay();
        String id = registered(aPerson().named("Nguyễn Thị Lan").female().bornOn(day));
        search("ngu lan", day).body("items.id", not(hasItem(id)));
        search("nguyen la", day).body("items.id", hasItem(id));
        search("an", day).body("items.id", not(hasItem(id)));
        search("nguyen thi lanh", day).body("items.id", not(hasItem(id)));
    }

    @Test
    void aPersonWhoseTwoWordsBeginAlikeIsFoundOnce() {
        String beginning = "Zz" + People.uniqueWord().toLowerCase();
        String id = registered(aPerson().named("Lò " + beginning + "a " + beginning + "b"));
        Api.session("worker").queryParam("q", beginning).get("/api/v1/people").then().statusCode(200)
                .body("totalItems", is(1)).body("items.id", is(List.of(id)));
        Api.session("province").queryParam("q", beginning).get("/api/v1/people").then().statusCode(200)
                .body("totalItems", is(1)).body("items.id", is(List.of(id)));
    }

    @Test
    void aUniqueWordFindsExactlyOnePerson() {
        String word = People.uniqueWord();
        String id = registered(aPerson().named("Lò Văn " + word));
        Api.session("worker").queryParam("q", word.toLowerCase()).get("/api/v1/people").then().statusCode(200)
                .body("totalItems", is(1)).body("totalItemsCapped", is(false)).body("items[0].id", is(id))
                .body("items[0].communeCode", is("03688"));
    }

    @Test
    void theSearchStaysWithinTheCallersScope() {
        String word = People.uniqueWord();
        registered(aPerson().named("Lò Văn " + word));
        Api.session(Accounts.workerB()).queryParam("q", word).get("/api/v1/people").then().statusCode(200)
                .body("totalItems", is(0));
        Api.session("province").queryParam("q", word).get("/api/v1/people").then().body("totalItems", is(1));
        Api.session(Accounts.workerHanoi()).queryParam("q", word).get("/api/v1/people").then().body("totalItems", is(0));
    }

    @Test
    void aCountryWideCallerFindsNamesakesOfEveryProvinceInNameOrder() {
        String word = People.uniqueWord();
        String inSonLa = registered(aPerson().named("Lò Văn " + word));
        String inHanoi = Api.session(Accounts.workerHanoi()).contentType(ContentType.JSON)
                .body(aPerson().named("Hà Văn " + word).inCommune(Accounts.HANOI_COMMUNE).body())
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        String auditor = Accounts.nationalAuditor();
        Api.session(auditor).queryParam("q", "van " + word.toLowerCase()).get("/api/v1/people").then().statusCode(200)
                .body("totalItems", is(2)).body("items.id", is(List.of(inHanoi, inSonLa)));
        Api.session(auditor).queryParam("q", word.toLowerCase()).queryParam("sort", "-fullName").queryParam("size", 1)
                .queryParam("page", 1).get("/api/v1/people").then().statusCode(200)
                .body("totalItems", is(2)).body("items.id", is(List.of(inHanoi)));
    }

    @Test
    void peopleAreFoundByIdentityNumberBirthYearAndHousehold() {
        String word = People.uniqueWord();
        People.PersonBuilder person = aPerson().named("Quàng Văn " + word).bornOn("1939-09-09").withNationalId();
        String id = registered(person);
        registered(aPerson().named("Quàng Văn " + word).bornOn("1941-01-01"));
        Api.session("worker").queryParam("nationalId", person.get("nationalId")).get("/api/v1/people").then()
                .body("items.id", is(List.of(id)));
        Api.session("worker").queryParam("q", word).queryParam("birthYear", 1939).get("/api/v1/people").then()
                .body("items.id", is(List.of(id)));
        Api.session("worker").queryParam("q", word).queryParam("birthDate", "1939-09").get("/api/v1/people").then()
                .body("items.id", is(List.of(id)));
        String household = Api.session("worker").contentType(ContentType.JSON)
                .body(People.aHousehold().member(aPerson(), "HEAD").member(aPerson(), "CHILD").body())
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.session("worker").queryParam("householdId", household).get("/api/v1/people").then().body("totalItems", is(2));
    }

    @Test
    void resultsAreSortedAndPaged() {
        String word = People.uniqueWord();
        for (String given : List.of("Xuân", "An", "Bình")) {
            registered(aPerson().named("Hoàng " + given + " " + word));
        }
        Api.session("worker").queryParam("q", word).queryParam("size", 2).get("/api/v1/people").then()
                .body("totalItems", is(3)).body("totalPages", is(2))
                .body("items.fullName", is(List.of("Hoàng An " + word, "Hoàng Bình " + word)));
        Api.session("worker").queryParam("q", word).queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "-fullName").get("/api/v1/people").then()
                .body("items.fullName", is(List.of("Hoàng An " + word)));
        Api.session("worker").queryParam("sort", "age").get("/api/v1/people").then().statusCode(400)
                .body("errors[0].field", is("sort"));
    }

    @Test
    void aListWithoutFiltersIsTheCallersCommune() {
        registered(aPerson());
        Api.session("worker").queryParam("size", 200).get("/api/v1/people").then().statusCode(200)
                .body("items.communeCode", everyItem(is("03688")));
    }
}
