package vn.ansinh.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ansinh.area.AreaService;
import vn.ansinh.area.CommuneRef;
import vn.ansinh.identity.Actor;
import vn.ansinh.person.BirthDate;
import vn.ansinh.person.FactKind;
import vn.ansinh.person.InvalidValue;
import vn.ansinh.person.PersonService;
import vn.ansinh.shared.FieldErrors;
import vn.ansinh.shared.ProblemException;

/**
 * Eligibility and the policy catalogue, for the API and for other features (casefile, benefit):
 * evaluation of a person or profile on a date, the terms of a group for a decision, marking versions
 * used, and the catalogue of programmes. Evaluation reads the cached snapshot ({@link PolicyCache})
 * and the registry, then runs the pure {@link Evaluator}.
 */
@ApplicationScoped
public class PolicyService {

    @Inject
    PolicyCache cache;

    @Inject
    Profiles profiles;

    @Inject
    GroupVersionRepository groupVersions;

    @Inject
    LevelVersionRepository levelVersions;

    @Inject
    AreaService areas;

    @Inject
    Event<PolicyChanged> changed;

    @Inject
    Clock clock;

    // ---- the contract other features use ------------------------------------------------

    /** The full explanation for a registered person on a date (HIV facts included: callers check roles). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EligibilityView evaluatePerson(UUID personId, LocalDate on) {
        Profile profile = profiles.of(personId, true).orElseThrow(() -> ProblemException.notFound("person.not-found"));
        return Evaluator.evaluate(profile, on, cache.snapshot());
    }

    /** A group's Vietnamese name (names are not versioned; a retired group keeps its name), if the code is known. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> groupNameVi(String groupCode) {
        return Optional.ofNullable(cache.snapshot().group(groupCode)).map(PolicySnapshot.Group::nameVi);
    }

    /** What a group pays in a province on a date, if it is in force there then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<GroupTerms> termsFor(String groupCode, String provinceCode, LocalDate on) {
        PolicySnapshot policy = cache.snapshot();
        PolicySnapshot.Group group = policy.group(groupCode);
        if (group == null || group.provinceCode() != null && !group.provinceCode().equals(provinceCode)) {
            return Optional.empty();
        }
        PolicySnapshot.GroupVersion version = group.versionOn(on);
        PolicySnapshot.Programme programme = policy.programmeOf(group);
        PolicySnapshot.Level level = policy.levelOn(programme.levelCode(), provinceCode, on).chosen();
        if (version == null || level == null) {
            return Optional.empty();
        }
        return Optional.of(new GroupTerms(programme.code(), group.code(), group.nameVi(), group.nameEn(), version.legalBasis(),
                version.coefficient(), level.amountVnd(), Money.monthly(level.amountVnd(), version.coefficient(), 1),
                group.startRule(), group.startAge(), group.perChild(), level.id(), version.id()));
    }

    /** Marks versions as used by a decision or a payment: from then on they never change (409 policy.version-used). */
    @Transactional
    public void recordUse(UUID levelVersionId, UUID groupVersionId) {
        if (levelVersionId != null) {
            levelVersions.findByIdOptional(levelVersionId).ifPresent(LevelVersion::markUsed);
        }
        if (groupVersionId != null) {
            groupVersions.findByIdOptional(groupVersionId).ifPresent(GroupVersion::markUsed);
        }
    }

    /** Programmes that apply in a province (national ones and its own) with their groups on a date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgrammeView> catalogue(String provinceCode, LocalDate on) {
        PolicySnapshot policy = cache.snapshot();
        List<ProgrammeView> views = new ArrayList<>();
        for (PolicySnapshot.Programme programme : policy.programmes()) {
            if (programme.provinceCode() != null && !programme.provinceCode().equals(provinceCode)) {
                continue;
            }
            PolicySnapshot.Level level = policy.levelOn(programme.levelCode(), provinceCode, on).chosen();
            List<ProgrammeView.GroupItem> groups = programme.groups().stream().map(group -> {
                PolicySnapshot.GroupVersion version = group.versionOn(on);
                Long amount = version == null || level == null ? null : Money.monthly(level.amountVnd(), version.coefficient(), 1);
                return new ProgrammeView.GroupItem(group.code(), group.nameVi(), group.nameEn(), group.legalBasis(), version != null,
                        version == null ? null : version.coefficient(), amount, group.startRule(), group.startAge(), group.perChild(),
                        group.combination());
            }).toList();
            views.add(new ProgrammeView(programme.code(), programme.nameVi(), programme.nameEn(), programme.legalBasis(),
                    programme.provinceCode(), programme.sample(), level == null ? null : level.amountVnd(), groups));
        }
        return views;
    }

    // ---- the API ---------------------------------------------------------------------------

    /** POST /eligibility/evaluations: a person within the caller's scope, or an ad-hoc profile. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EligibilityView evaluate(EvaluationRequest request, Actor actor) {
        LocalDate on = request.on() == null ? LocalDate.now(clock) : request.on();
        if ((request.personId() == null) == (request.profile() == null)) {
            throw ProblemException.invalidField("personId", "eligibility.person-or-profile");
        }
        Profile profile;
        if (request.personId() != null) {
            boolean sensitive = PersonService.seesSensitive(actor);
            profile = profiles.of(request.personId(), sensitive).filter(p -> actor.canSee(p.provinceCode(), p.communeCode()))
                    .orElseThrow(() -> ProblemException.notFound("person.not-found"));
        } else {
            profile = adHoc(request.profile(), on, actor);
        }
        return Evaluator.evaluate(profile, on, cache.snapshot());
    }

    private Profile adHoc(EvaluationRequest.AdHocProfile request, LocalDate on, Actor actor) {
        FieldErrors errors = new FieldErrors("profile.");
        CommuneRef commune = null;
        String communeCode = errors.text("communeCode", request.communeCode(), 5, true);
        if (communeCode != null) {
            commune = areas.findCommune(communeCode, on).or(() -> areas.findCommune(communeCode, LocalDate.now(clock))).orElse(null);
            if (commune == null) {
                errors.add("communeCode", "area.unknown-commune");
            } else if (!actor.canSee(commune.provinceCode(), commune.code()) && !actor.hasRole(vn.ansinh.identity.Role.INTEGRATOR)) {
                errors.add("communeCode", "area.out-of-scope");
            }
        }
        BirthDate birth = null;
        try {
            birth = BirthDate.parse(request.birthDate(), LocalDate.MAX);
        } catch (InvalidValue invalid) {
            errors.add("birthDate", invalid.code(), invalid.args());
        }
        List<Profile.Fact> facts = new ArrayList<>();
        List<EvaluationRequest.AdHocFact> given = request.facts() == null ? List.of() : request.facts();
        for (int i = 0; i < given.size(); i++) {
            EvaluationRequest.AdHocFact fact = given.get(i);
            if (fact == null || fact.kind() == null) {
                errors.add("facts[" + i + "].kind", "required");
                continue;
            }
            String code = fact.codeValue() == null || fact.codeValue().isBlank() ? null : fact.codeValue().strip().toUpperCase(java.util.Locale.ROOT);
            if (!fact.kind().codes().isEmpty() && (code == null || !fact.kind().codes().contains(code))) {
                errors.add("facts[" + i + "].codeValue", "unknown-value", String.join(", ", fact.kind().codes().stream().sorted().toList()));
            }
            LocalDate from = fact.kind() == FactKind.DEATH && fact.dateValue() != null ? fact.dateValue() : LocalDate.of(1900, 1, 1);
            facts.add(new Profile.Fact(fact.kind(), code, fact.dateValue(), from, null));
        }
        errors.throwIfAny();
        LocalDate always = LocalDate.of(1900, 1, 1);
        List<Profile.Poverty> poverty = request.povertyStatus() == null ? List.of()
                : List.of(new Profile.Poverty(request.povertyStatus(), always, null, null));
        List<Profile.Area> attributes = request.areaAttributes() == null ? List.of()
                : request.areaAttributes().stream().distinct().map(kind -> new Profile.Area("COMMUNE", kind, always, null, "—")).toList();
        return new Profile(null, commune.provinceCode(), commune.code(), null, birth.date(), birth.precision(), facts, poverty,
                attributes, false);
    }
}
