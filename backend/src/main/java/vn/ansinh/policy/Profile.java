package vn.ansinh.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.ansinh.area.VillageAttributeKind;
import vn.ansinh.household.PovertyStatus;
import vn.ansinh.person.BirthDatePrecision;
import vn.ansinh.person.FactKind;
import vn.ansinh.shared.Periods;

/**
 * Everything the evaluator looks at about one person, as dated histories, so that one profile
 * answers for any date: where they live, their birth date (with its precision, ADR 0008), their
 * facts, their household's poverty status and the attributes of their commune and village.
 * {@code personId} is null for an ad-hoc profile.
 */
public record Profile(UUID personId, String provinceCode, String communeCode, UUID villageId, LocalDate birthDate,
        BirthDatePrecision birthPrecision, List<Fact> facts, List<Poverty> poverty, List<Area> areaAttributes,
        boolean sensitiveWithheld) {

    public Profile {
        facts = List.copyOf(facts);
        poverty = List.copyOf(poverty);
        areaAttributes = List.copyOf(areaAttributes);
    }

    /** One period of a fact about the person ({@code to}: last day, null while in force). */
    public record Fact(FactKind kind, String code, LocalDate dateValue, LocalDate from, LocalDate to) {
        boolean inForceOn(LocalDate date) {
            return Periods.contains(from, to, date);
        }
    }

    /** One period of the household's poverty status. */
    public record Poverty(PovertyStatus status, LocalDate from, LocalDate to, String decisionNumber) {
        boolean inForceOn(LocalDate date) {
            return Periods.contains(from, to, date);
        }
    }

    /** One period of an attribute of the person's commune ({@code level} COMMUNE) or village (VILLAGE). */
    public record Area(String level, VillageAttributeKind kind, LocalDate from, LocalDate to, String decisionNumber) {
        boolean inForceOn(LocalDate date) {
            return Periods.contains(from, to, date);
        }
    }

    /** The period of this kind of fact in force on a date, or null. */
    Fact factOn(FactKind kind, LocalDate date) {
        for (Fact fact : facts) {
            if (fact.kind == kind && fact.inForceOn(date)) {
                return fact;
            }
        }
        return null;
    }

    /** The household's poverty status on a date, or null when none is recorded. */
    Poverty povertyOn(LocalDate date) {
        for (Poverty status : poverty) {
            if (status.inForceOn(date)) {
                return status;
            }
        }
        return null;
    }

    /** The commune's or village's attribute of this kind in force on a date (the commune's first), or null. */
    Area areaOn(VillageAttributeKind kind, LocalDate date) {
        Area found = null;
        for (Area area : areaAttributes) {
            if (area.kind == kind && area.inForceOn(date) && (found == null || "COMMUNE".equals(area.level))) {
                found = area;
            }
        }
        return found;
    }
}
