package vn.ansinh.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.ansinh.identity.Role;
import vn.ansinh.identity.ScopeLevel;
import vn.ansinh.testing.Accounts;
import vn.ansinh.testing.Api;
import vn.ansinh.testing.People;

/** The bulk write contract the import jobs build on: rows independent, same rows twice change nothing. */
@QuarkusTest
class ImportRowsTest {

    private static final ImportActor WORKER = new ImportActor("worker", Role.SOCIAL_WORKER, ScopeLevel.COMMUNE, "03688");

    @Inject
    HouseholdService households;

    private static HouseholdImportRow household(int line, String code, String village) {
        return new HouseholdImportRow(line, code, "03688", village, "Bản " + village + ", xã Mường Chiên", "Nghèo",
                LocalDate.of(2025, 1, 1), "125/QĐ-UBND");
    }

    private static PersonImportRow person(int line, String householdCode, String relation, String name, String birthDate,
            String sex) {
        return new PersonImportRow(line, householdCode, "03688", relation, null, name, birthDate, sex, "03", null);
    }

    @Test
    void goodRowsAreStoredWithTheirVillagesHeadsAndPovertyStatus() {
        String code = "IMP-" + People.uniqueWord().substring(0, 12);
        String village = "Bản " + People.uniqueWord();
        String headName = "Lò Văn " + People.uniqueWord();
        String nationalId = People.nationalIdFor(false, 1975);
        ImportOutcome outcome = households.importRows(List.of(household(2, code, village)), List.of(
                person(2, code, "Chủ hộ", headName, "1948", "Nam"),
                new PersonImportRow(3, code, "03688", "Vợ/chồng", nationalId, "Cầm Thị " + People.uniqueWord(), "17/05/1975", "Nữ",
                        "Thái", "0912 345 678"),
                person(4, code, "CHILD", "Lò Văn " + People.uniqueWord(), "2012-03", "MALE")), WORKER);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.stored()).isEqualTo(4);
        assertThat(outcome.unchanged()).isZero();
        String id = Api.session("worker").queryParam("q", code).get("/api/v1/households").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].villageName", is(village))
                .body("items[0].povertyStatus", is("POOR")).body("items[0].head.fullName", is(headName))
                .extract().path("items[0].id");
        Api.session("worker").get("/api/v1/households/" + id).then().body("members.size()", is(3))
                .body("members.relationToHead", hasItem("SPOUSE"));
        Api.session("worker").queryParam("nationalId", nationalId).get("/api/v1/people").then()
                .body("items[0].birthDate", is("1975-05-17")).body("items[0].householdCode", is(code));
    }

    @Test
    void badRowsAreReportedWithLineFieldAndReasonWhileTheOthersAreStored() {
        String code = "MIX-" + People.uniqueWord().substring(0, 12);
        ImportOutcome outcome = households.importRows(
                List.of(household(2, code, "Bản " + People.uniqueWord()),
                        new HouseholdImportRow(3, "MIX-X", "99999", null, "Địa chỉ", null, null, null),
                        new HouseholdImportRow(4, "MIX-Y", Accounts.COMMUNE_B, null, "Địa chỉ", null, null, null),
                        new HouseholdImportRow(5, "MIX-Z", "03688", null, "", "Giàu", LocalDate.of(2025, 1, 1), null)),
                List.of(person(2, code, "Chủ hộ", "Lò Văn " + People.uniqueWord(), "1950", "Nam"),
                        person(3, code, "Con", "Lò Văn " + People.uniqueWord(), "2999", "Nam"),
                        person(4, "NO-SUCH-CODE", "Con", "Lò Văn " + People.uniqueWord(), "2001", "Nam"),
                        new PersonImportRow(5, code, "03688", "Con", "014349001234", "Lò Thị " + People.uniqueWord(), "2001", "Nữ", "03", null),
                        person(6, code, "Con", "Lò Văn " + People.uniqueWord(), "2001", "Không rõ")), WORKER);
        assertThat(outcome.stored()).isEqualTo(2);
        assertThat(outcome.problems()).extracting(RowProblem::line, RowProblem::field, RowProblem::code).contains(
                org.assertj.core.groups.Tuple.tuple(3, "communeCode", "area.unknown-commune"),
                org.assertj.core.groups.Tuple.tuple(4, "communeCode", "area.out-of-scope"),
                org.assertj.core.groups.Tuple.tuple(5, "address", "required"),
                org.assertj.core.groups.Tuple.tuple(5, "povertyStatus", "unknown-value"),
                org.assertj.core.groups.Tuple.tuple(3, "birthDate", "birthDate.future"),
                org.assertj.core.groups.Tuple.tuple(4, "householdCode", "household.unknown"),
                org.assertj.core.groups.Tuple.tuple(5, "nationalId", "nationalId.birthYear"),
                org.assertj.core.groups.Tuple.tuple(6, "sex", "unknown-value"));
        assertThat(outcome.problems()).allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
        assertThat(outcome.problems().stream().filter(p -> p.code().equals("birthDate.future")).findFirst().orElseThrow().message())
                .isEqualTo("Ngày sinh không được ở tương lai");
    }

    @Test
    void theSameRowsTwiceStoreNothingNew() {
        String code = "TWICE-" + People.uniqueWord().substring(0, 10);
        List<HouseholdImportRow> householdRows = List.of(household(2, code, "Bản " + People.uniqueWord()));
        List<PersonImportRow> personRows = List.of(person(2, code, "Chủ hộ", "Lò Văn " + People.uniqueWord(), "1948", "Nam"),
                new PersonImportRow(3, code, "03688", "Con", People.nationalIdFor(true, 2001), "Lò Văn " + People.uniqueWord(),
                        "2001", "Nam", "03", null),
                new PersonImportRow(4, "", "03688", "", null, "Lò Văn " + People.uniqueWord(), "03/2001", "Nam", "03", null));
        ImportOutcome first = households.importRows(householdRows, personRows, WORKER);
        assertThat(first.problems()).isEmpty();
        assertThat(first.stored()).isEqualTo(4);
        ImportOutcome second = households.importRows(householdRows, personRows, WORKER);
        assertThat(second.problems()).isEmpty();
        assertThat(second.stored()).isZero();
        assertThat(second.unchanged()).isEqualTo(4);
        Api.session("worker").queryParam("q", code).get("/api/v1/households").then().body("totalItems", is(1))
                .body("items[0].head", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aSecondHeadOfAHouseholdIsReported() {
        String code = "HEAD-" + People.uniqueWord().substring(0, 10);
        ImportOutcome outcome = households.importRows(List.of(household(2, code, "Bản " + People.uniqueWord())),
                List.of(person(2, code, "Chủ hộ", "Lò Văn " + People.uniqueWord(), "1948", "Nam"),
                        person(3, code, "Chủ hộ", "Lò Văn " + People.uniqueWord(), "1950", "Nam")), WORKER);
        assertThat(outcome.stored()).isEqualTo(2);
        assertThat(outcome.problems()).extracting(RowProblem::line, RowProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "household.head-exists"));
    }

    @Test
    void importedChangesAreAuditedWithTheirLine() {
        String name = "Lò Văn " + People.uniqueWord();
        households.importRows(List.of(), List.of(new PersonImportRow(7, null, "03688", null, null, name, "1960", "Nam", "03", null)),
                WORKER);
        String id = Api.session("worker").queryParam("q", name).get("/api/v1/people").then().extract().path("items[0].id");
        Api.session("worker").get("/api/v1/people/" + id + "/history").then()
                .body("[0].action", is("person.imported"))
                .body("[0].changes.find { it.field == 'importLine' }.after", is("7"));
    }
}
