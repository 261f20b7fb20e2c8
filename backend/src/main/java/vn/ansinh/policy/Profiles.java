package vn.ansinh.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ansinh.area.AreaAttributePeriod;
import vn.ansinh.area.AreaAttributeService;
import vn.ansinh.household.HouseholdFacts;
import vn.ansinh.household.HouseholdService;
import vn.ansinh.person.EligibilityFacts;
import vn.ansinh.person.PersonService;

/**
 * Builds evaluator profiles from the registry through the features' services: the person's facts,
 * the household's village and poverty status history, and the attributes of commune and village.
 * Pages of a province are built with one read per feature per page.
 */
@ApplicationScoped
class Profiles {

    @Inject
    PersonService people;

    @Inject
    HouseholdService households;

    @Inject
    AreaAttributeService areaAttributes;

    Optional<Profile> of(UUID personId, boolean includeSensitive) {
        return people.eligibilityFacts(personId, includeSensitive).map(facts -> build(List.of(facts), !includeSensitive).get(0));
    }

    /** A page of a province's people as profiles, by id after {@code after}. */
    List<Profile> page(String provinceCode, UUID after, int limit) {
        return build(people.eligibilityFactsPage(provinceCode, after, limit), false);
    }

    private List<Profile> build(List<EligibilityFacts> people, boolean sensitiveWithheld) {
        Map<UUID, HouseholdFacts> householdFacts = households.eligibilityFacts(
                people.stream().map(EligibilityFacts::householdId).filter(Objects::nonNull).toList());
        Map<String, List<AreaAttributePeriod>> communes = areaAttributes.ofCommunes(
                people.stream().map(EligibilityFacts::communeCode).toList());
        Map<UUID, List<AreaAttributePeriod>> villages = areaAttributes.ofVillages(
                householdFacts.values().stream().map(HouseholdFacts::villageId).filter(Objects::nonNull).toList());
        List<Profile> profiles = new ArrayList<>(people.size());
        for (EligibilityFacts person : people) {
            HouseholdFacts household = person.householdId() == null ? null : householdFacts.get(person.householdId());
            UUID villageId = household == null ? null : household.villageId();
            List<Profile.Area> areas = new ArrayList<>();
            communes.getOrDefault(person.communeCode(), List.of()).forEach(a -> areas.add(area(a)));
            if (villageId != null) {
                villages.getOrDefault(villageId, List.of()).forEach(a -> areas.add(area(a)));
            }
            profiles.add(new Profile(person.personId(), person.provinceCode(), person.communeCode(), villageId,
                    person.birthDate().date(), person.birthDate().precision(),
                    person.facts().stream().map(f -> new Profile.Fact(f.kind(), f.code(), f.dateValue(), f.from(), f.to())).toList(),
                    household == null ? List.of()
                            : household.povertyStatus().stream().map(p -> new Profile.Poverty(p.status(), p.from(), p.to(), p.decisionNumber())).toList(),
                    areas, sensitiveWithheld));
        }
        return profiles;
    }

    private static Profile.Area area(AreaAttributePeriod a) {
        return new Profile.Area(a.level(), a.kind(), a.validFrom(), a.validTo(), a.decisionNumber());
    }

    int countInProvince(String provinceCode) {
        return people.countInProvince(provinceCode);
    }
}
