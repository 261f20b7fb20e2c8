package vn.ansinh.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.ansinh.area.VillageAttributeKind;
import vn.ansinh.household.PovertyStatus;
import vn.ansinh.person.BirthDatePrecision;
import vn.ansinh.person.FactKind;

/** Profiles for unit tests: {@code aProfile().bornOn("1948-03-10").nearPoor().inEspeciallyDifficultArea()}. */
final class ProfileBuilder {

    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private String province = "14";
    private String commune = "03688";
    private LocalDate birth = LocalDate.of(1948, 3, 10);
    private BirthDatePrecision precision = BirthDatePrecision.DAY;
    private final List<Profile.Fact> facts = new ArrayList<>();
    private final List<Profile.Poverty> poverty = new ArrayList<>();
    private final List<Profile.Area> areas = new ArrayList<>();

    static ProfileBuilder aProfile() {
        return new ProfileBuilder();
    }

    ProfileBuilder bornOn(String date) {
        birth = LocalDate.parse(date);
        precision = BirthDatePrecision.DAY;
        return this;
    }

    ProfileBuilder bornIn(int year) {
        birth = LocalDate.of(year, 1, 1);
        precision = BirthDatePrecision.YEAR;
        return this;
    }

    ProfileBuilder livingIn(String provinceCode, String communeCode) {
        province = provinceCode;
        commune = communeCode;
        return this;
    }

    ProfileBuilder poverty(PovertyStatus status, String from, String to) {
        poverty.add(new Profile.Poverty(status, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), "12/QĐ-UBND"));
        return this;
    }

    ProfileBuilder poor() {
        return poverty(PovertyStatus.POOR, LONG_AGO.toString(), null);
    }

    ProfileBuilder nearPoor() {
        return poverty(PovertyStatus.NEAR_POOR, LONG_AGO.toString(), null);
    }

    ProfileBuilder inEspeciallyDifficultArea() {
        areas.add(new Profile.Area("VILLAGE", VillageAttributeKind.ESPECIALLY_DIFFICULT, LONG_AGO, null, "612/QĐ-UBDT"));
        return this;
    }

    ProfileBuilder area(String level, String from, String to) {
        areas.add(new Profile.Area(level, VillageAttributeKind.ESPECIALLY_DIFFICULT, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), "861/QĐ-TTg"));
        return this;
    }

    ProfileBuilder fact(FactKind kind, String code) {
        return fact(kind, code, LONG_AGO.toString(), null);
    }

    ProfileBuilder fact(FactKind kind, String code, String from, String to) {
        facts.add(new Profile.Fact(kind, code, kind.hasDate() ? LocalDate.parse(from) : null, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to)));
        return this;
    }

    Profile build() {
        return new Profile(null, province, commune, null, birth, precision, facts, poverty, areas, false);
    }
}
