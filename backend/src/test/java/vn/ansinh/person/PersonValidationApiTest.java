package vn.ansinh.person;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.ansinh.testing.People.aPerson;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.ansinh.testing.Api;
import vn.ansinh.testing.People.PersonBuilder;

/** The validation battery of issue 3 §8: every bad input is a field error with a stable code; odd but valid text is kept literally. */
@QuarkusTest
class PersonValidationApiTest {

    private static ValidatableResponse register(PersonBuilder person) {
        return Api.session("worker").contentType(ContentType.JSON).body(person.body()).post("/api/v1/people").then();
    }

    private static void refused(PersonBuilder person, String field, String code) {
        register(person).statusCode(400).contentType("application/problem+json").body("code", is("validation.failed"))
                .body("errors.find { it.field == '" + field + "' }.code", is(code));
    }

    @Test
    void aValidPersonIsRegisteredWithLocationAndETag() {
        PersonBuilder person = aPerson().bornOn("1948").withNationalId();
        String id = register(person).statusCode(201)
                .header("Location", matchesPattern("^(https?://[^/]+)?/api/v1/people/[0-9a-f-]{36}$")).header("ETag", is("\"0\""))
                .body("fullName", is(person.get("fullName"))).body("birthDate", is("1948"))
                .body("birthDatePrecision", is("YEAR")).body("nationalId", is(person.get("nationalId")))
                .body("commune.name", is("Xã Mường Chiên")).body("ethnicGroup.name", is("Thái"))
                .body("household", is((Object) null)).body("facts.size()", is(0)).body("version", is(0))
                .extract().path("id");
        Api.session("worker").get("/api/v1/people/" + id).then().statusCode(200).header("ETag", is("\"0\""))
                .body("id", is(id));
    }

    @Test
    void anIdentityNumberThatIsNotTwelveDigitsIsAFormatError() {
        refused(aPerson().with("nationalId", "01404800123"), "nationalId", "nationalId.format");
        refused(aPerson().with("nationalId", "01404800123X"), "nationalId", "nationalId.format");
        refused(aPerson().with("nationalId", "0140480012345"), "nationalId", "nationalId.format");
    }

    @Test
    void anIdentityNumberWhoseFourthDigitContradictsTheSexIsRefused() {
        // 1948, female: the 4th digit must be 1; 0 says male.
        refused(aPerson().female().bornOn("1948-05-17").with("nationalId", "014048001234"), "nationalId", "nationalId.sex");
    }

    @Test
    void anIdentityNumberWhoseFourthDigitContradictsTheCenturyIsRefused() {
        // Born 1948 (1900s) but the 4th digit 2 says 2000s.
        refused(aPerson().bornOn("1948-05-17").with("nationalId", "014248001234"), "nationalId", "nationalId.century");
        // 7 does not occur for anyone alive.
        refused(aPerson().bornOn("1948-05-17").with("nationalId", "014748001234"), "nationalId", "nationalId.century");
    }

    @Test
    void anIdentityNumberWhoseYearDigitsContradictTheBirthYearIsRefused() {
        refused(aPerson().bornOn("1948-05-17").with("nationalId", "014049001234"), "nationalId", "nationalId.birthYear");
    }

    @Test
    void futureAndImpossibleBirthDatesAreRefused() {
        refused(aPerson().bornOn("2999-01-01"), "birthDate", "birthDate.future");
        refused(aPerson().bornOn("2999"), "birthDate", "birthDate.future");
        refused(aPerson().bornOn("1948-02-30"), "birthDate", "birthDate.format");
        refused(aPerson().bornOn("1948-13"), "birthDate", "birthDate.format");
        refused(aPerson().bornOn("17/05/1948"), "birthDate", "birthDate.format");
        refused(aPerson().bornOn("1899-12-31"), "birthDate", "birthDate.too-early");
        refused(aPerson().without("birthDate"), "birthDate", "required");
    }

    @Test
    void aMonthPrecisionBirthDateIsKeptAsAMonth() {
        register(aPerson().bornOn("1950-03")).statusCode(201).body("birthDate", is("1950-03"))
                .body("birthDatePrecision", is("MONTH"));
    }

    @Test
    void unknownEnumValuesAreFieldErrorsListingTheAcceptedOnes() {
        register(aPerson().with("sex", "UNKNOWN")).statusCode(400).body("errors[0].field", is("sex"))
                .body("errors[0].code", is("unknown-value")).body("errors[0].message", containsString("FEMALE"));
        register(aPerson().with("relationToHead", "BOSS")).statusCode(400).body("errors[0].field", is("relationToHead"))
                .body("errors[0].code", is("unknown-value"));
        refused(aPerson().with("ethnicGroupCode", "99"), "ethnicGroupCode", "ethnic-group.unknown");
    }

    @Test
    void decomposedUnicodeIsStoredAsComposed() {
        String composed = "Nguyễn Thị Ánh " + vn.ansinh.testing.People.uniqueWord();
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        org.assertj.core.api.Assertions.assertThat(decomposed).isNotEqualTo(composed);
        String id = register(aPerson().female().named("  " + decomposed.replace(" ", "   ") + " ")).statusCode(201)
                .body("fullName", is(composed)).extract().path("id");
        Api.session("worker").get("/api/v1/people/" + id).then().body("fullName", is(composed));
    }

    @Test
    void aNameOfMoreThanOneHundredCharactersIsRefusedAndOneHundredIsAccepted() {
        String word = vn.ansinh.testing.People.uniqueWord();
        String hundred = (word + " " + "ư".repeat(100)).substring(0, 100);
        register(aPerson().named(hundred)).statusCode(201).body("fullName", is(hundred));
        register(aPerson().named(hundred + "a")).statusCode(400).body("errors[0].field", is("fullName"))
                .body("errors[0].code", is("too-long")).body("errors[0].message", is("Tối đa 100 ký tự"));
        refused(aPerson().named("   "), "fullName", "required");
        refused(aPerson().named("Lò Văn\u0000Đức"), "fullName", "control-characters");
    }

    @Test
    void sqlAndHtmlMetacharactersAreStoredAndReturnedLiterally() {
        String word = vn.ansinh.testing.People.uniqueWord();
        String name = "O'Brien \"" + word + "\" <script>alert(1)</script>; DROP TABLE person; -- %_\\";
        String id = register(aPerson().named(name)).statusCode(201).body("fullName", is(name)).extract().path("id");
        Api.session("worker").get("/api/v1/people/" + id).then().statusCode(200).body("fullName", is(name));
        Api.session("worker").queryParam("q", word).get("/api/v1/people").then().statusCode(200)
                .body("items.fullName", hasItems(name));
        Api.session("worker").queryParam("q", "' or 1=1 --").get("/api/v1/people").then().statusCode(200);
    }

    @Test
    void aBadPhoneAndAnIncompleteAccountAreFieldErrors() {
        refused(aPerson().with("phone", "12345"), "phone", "pattern");
        refused(aPerson().with("payoutAccount", java.util.Map.of("kind", "BANK", "provider", "Agribank")),
                "payoutAccount.number", "required");
        register(aPerson().with("phone", "+84912345678").with("payoutAccount",
                java.util.Map.of("kind", "E_WALLET", "provider", "MoMo", "number", "0912345678")))
                .statusCode(201).body("phone", is("+84912345678")).body("payoutAccount.kind", is("E_WALLET"));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        register(aPerson().with("communeCode", "99999").named("").bornOn("3000").with("ethnicGroupCode", null)
                .with("phone", "x")).statusCode(400)
                .body("errors.field", hasItems("communeCode", "fullName", "birthDate", "ethnicGroupCode", "phone"));
    }

    @Test
    void anUnknownMemberIsReportedNotIgnored() {
        register(aPerson().with("nickname", "Đức béo")).statusCode(400).body("errors[0].field", is("nickname"))
                .body("errors[0].code", is("unknown-field"));
    }

    @Test
    void aRelationWithoutAHouseholdIsRefused() {
        refused(aPerson().relation("CHILD"), "relationToHead", "relation.without-household");
    }
}
