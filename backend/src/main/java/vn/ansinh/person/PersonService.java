package vn.ansinh.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ansinh.area.AreaService;
import vn.ansinh.area.CommuneRef;
import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditEventView;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.person.HouseholdDirectory.HouseholdRef;
import vn.ansinh.person.PersonRules.ValidPerson;
import vn.ansinh.shared.FieldErrors;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.Uuids;
import vn.ansinh.shared.Versions;

/**
 * People: registration with duplicate detection, reading within the caller's scope (HIV facts
 * only for those who may see them, identity numbers masked for those who need not see them),
 * changes with optimistic locking, facts histories with corrections, search and review of
 * look-alikes. Every change is audited in the same transaction.
 */
@ApplicationScoped
public class PersonService {

    static final String ENTITY = "PERSON";
    static final String HREF = "/api/v1/people/";

    @Inject
    PersonRepository people;

    @Inject
    PersonFactRepository facts;

    @Inject
    EthnicGroupRepository ethnicGroupRows;

    @Inject
    PersonSearch search;

    @Inject
    HouseholdDirectory households;

    @Inject
    AreaService areas;

    @Inject
    AuditService audit;

    @Inject
    EligibilityFactsReader eligibilityReader;

    @Inject
    Clock clock;

    private volatile Map<String, EthnicGroupView> ethnicGroups;

    // ---- who sees what -------------------------------------------------------------------

    /** AUDITOR and PAYMENT_AGENT see identity numbers masked; the roles that work with people see them whole. */
    static boolean seesMaskedNationalId(Actor actor) {
        return actor.hasRole(Role.AUDITOR, Role.PAYMENT_AGENT);
    }

    /** HIV status: only the commune's social worker and chairman (ND 20 Art. 8; Law 91/2025 on health data). */
    public static boolean seesSensitive(Actor actor) {
        return actor.hasRole(Role.SOCIAL_WORKER, Role.APPROVER);
    }

    static boolean isWriter(Actor actor) {
        return actor.hasRole(Role.SOCIAL_WORKER, Role.ADMIN, Role.INTEGRATOR);
    }

    // ---- reference data ------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EthnicGroupView> ethnicGroups() {
        return List.copyOf(ethnicGroupMap().values());
    }

    /** The 54 groups never change while the application runs: read once. */
    private Map<String, EthnicGroupView> ethnicGroupMap() {
        Map<String, EthnicGroupView> loaded = ethnicGroups;
        if (loaded == null) {
            Map<String, EthnicGroupView> byCode = new LinkedHashMap<>();
            for (EthnicGroup group : ethnicGroupRows.findAllByCode()) {
                byCode.put(group.code, new EthnicGroupView(group.code, group.nameVi, group.nameEn, group.otherNames));
            }
            loaded = java.util.Collections.unmodifiableMap(byCode);
            if (!loaded.isEmpty()) {
                ethnicGroups = loaded;
            }
        }
        return loaded;
    }

    // ---- reading -------------------------------------------------------------------------

    /** A person within the caller's scope; reads by integrators are audited (Law 91/2025: log processing). */
    @Transactional
    public PersonView get(UUID id, Actor actor) {
        Person person = visible(id, actor);
        if (actor.hasRole(Role.INTEGRATOR)) {
            audit.record(entry(actor, "person.read", person, List.of()));
        }
        return view(person, actor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonPage search(PersonQuery query, Actor actor) {
        FieldErrors errors = new FieldErrors();
        PersonSearch.Order order = PersonSearch.Order.parse(query.sort());
        if (order == null) {
            errors.add("sort", "unknown-value", "fullName, -fullName, birthDate, -birthDate, createdAt, -createdAt");
        }
        String nationalId = null;
        if (query.nationalId() != null && !query.nationalId().isBlank()) {
            NationalId parsed = PersonRules.nationalId(errors, "nationalId", query.nationalId());
            nationalId = parsed == null ? null : parsed.value();
        }
        BirthDate birthDate = null;
        if (query.birthDate() != null && !query.birthDate().isBlank()) {
            birthDate = PersonRules.birthDate(errors, "birthDate", query.birthDate(), LocalDate.now(clock), false);
        }
        if (query.q() != null && query.q().length() > 100) {
            errors.add("q", "too-long", 100);
        }
        errors.throwIfAny();
        String province = actor.provinceCode();
        String commune = actor.isCommuneScoped() ? actor.communeCode() : null;
        if (query.communeCode() != null && !query.communeCode().isBlank()) {
            CommuneRef asked = visibleCommune(query.communeCode().strip(), actor);
            province = asked.provinceCode();
            commune = asked.code();
        }
        return search.search(new PersonSearch.Criteria(province, commune, NameWords.ofQuery(query.q()), nationalId,
                query.birthYear(), birthDate, query.householdId(), order, query.page(), query.size()), actor);
    }

    // ---- registering ---------------------------------------------------------------------

    @Transactional
    public PersonView create(NewPerson request, Actor actor) {
        requireWriter(actor);
        FieldErrors errors = new FieldErrors();
        ValidPerson valid = validate(request, errors, actor);
        errors.throwIfAny();
        Person person = register(valid, PersonRules.nonNull(request.confirmedDistinctFrom()), actor, null);
        return view(person, actor);
    }

    /**
     * Registers the members of a new household, all or none: every member is validated first
     * (errors named {@code members[i].field}), then checked for duplicates and stored.
     * Answers the ids in the order given.
     */
    @Transactional
    public List<UUID> registerMembers(List<NewPerson> members, HouseholdRef household, Actor actor) {
        requireWriter(actor);
        FieldErrors errors = new FieldErrors();
        List<ValidPerson> valid = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            NewPerson member = members.get(i);
            FieldErrors memberErrors = new FieldErrors("members[" + i + "].");
            if (member == null) {
                memberErrors.add("", "required");
                errors.addAll(memberErrors);
                continue;
            }
            if (member.communeCode() != null && !member.communeCode().strip().equals(household.communeCode())) {
                memberErrors.add("communeCode", "household.other-commune");
            }
            if (member.householdId() != null && !member.householdId().equals(household.id())) {
                memberErrors.add("householdId", "household.other-household");
            }
            if (member.relationToHead() == null) {
                memberErrors.add("relationToHead", "required");
            }
            ValidPerson person = validate(member.inHousehold(household.communeCode(), household.id()), memberErrors, actor);
            errors.addAll(memberErrors);
            valid.add(person);
        }
        errors.throwIfAny();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            ids.add(register(valid.get(i), PersonRules.nonNull(members.get(i).confirmedDistinctFrom()), actor, "members[" + i + "]").id);
        }
        return ids;
    }

    private Person register(ValidPerson valid, List<UUID> confirmedDistinct, Actor actor, String memberField) {
        requireUniqueNationalId(valid.nationalId(), null, actor, memberField);
        List<Person> lookAlikes = unconfirmedLookAlikes(valid, null, confirmedDistinct, actor, memberField);
        Instant now = clock.instant();
        Person person = new Person(Uuids.timeOrdered(), valid.commune().provinceCode(), valid.commune().code(), valid.name(),
                valid.birth(), valid.sex(), valid.nationalId(), valid.ethnicGroupCode(), actor.username(), now);
        person.contact(valid.phone());
        PayoutAccount account = valid.account();
        person.payTo(account == null ? null : account.kind(), account == null ? null : account.provider(),
                account == null ? null : account.number());
        person.joinHousehold(valid.household() == null ? null : valid.household().id(), valid.relation());
        people.persist(person);
        people.flush();
        people.replaceNameWords(person, null, null);
        List<UUID> confirmed = lookAlikes.stream().map(p -> p.id).toList();
        people.confirmDistinct(person, confirmed, actor.username(), now);
        if (person.relationToHead == RelationToHead.HEAD) {
            households.headChanged(person.householdId, person.id, actor.username());
        }
        Changes changes = new Changes().field("communeCode", null, person.communeCode)
                .field("householdId", null, person.householdId).field("relationToHead", null, person.relationToHead)
                .field("nationalId", null, person.nationalId).field("fullName", null, person.fullName)
                .field("birthDate", null, person.birth().iso()).field("sex", null, person.sex)
                .field("ethnicGroupCode", null, person.ethnicGroupCode).field("phone", null, person.phone)
                .field("payoutAccount", null, Changes.account(person));
        if (!confirmed.isEmpty()) {
            changes.field("confirmedDistinctFrom", null, confirmed.stream().map(UUID::toString).sorted().toList().toString());
        }
        audit.record(entry(actor, "person.created", person, changes.list()));
        return person;
    }

    /** Validates a new person's data; answers null when a field is invalid (and says which in {@code errors}). */
    private ValidPerson validate(NewPerson request, FieldErrors errors, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        CommuneRef commune = null;
        if (request.communeCode() == null || request.communeCode().isBlank()) {
            errors.add("communeCode", "required");
        } else {
            Optional<CommuneRef> found = areas.findCommune(request.communeCode().strip(), today);
            if (found.isEmpty()) {
                errors.add("communeCode", "area.unknown-commune");
            } else if (!actor.canSee(found.get().provinceCode(), found.get().code())) {
                errors.add("communeCode", "area.out-of-scope");
            } else {
                commune = found.get();
            }
        }
        HouseholdRef household = null;
        if (request.householdId() != null) {
            household = households.find(request.householdId())
                    .filter(h -> actor.canSee(h.provinceCode(), h.communeCode())).orElse(null);
            if (household == null) {
                errors.add("householdId", "household.unknown");
            } else if (commune != null && !household.communeCode().equals(commune.code())) {
                errors.add("householdId", "household.other-commune");
            }
        }
        RelationToHead relation = request.relationToHead();
        if (request.householdId() == null && relation != null) {
            errors.add("relationToHead", "relation.without-household");
        } else if (request.householdId() != null && relation == null && !errors.has("relationToHead")) {
            errors.add("relationToHead", "required");
        }
        if (household != null && relation == RelationToHead.HEAD && household.headPersonId() != null) {
            errors.add("relationToHead", "household.head-exists");
        }
        return validIdentity(request, errors, commune, household, relation, today, false);
    }

    private ValidPerson validIdentity(NewPerson request, FieldErrors errors, CommuneRef commune, HouseholdRef household,
            RelationToHead relation, LocalDate today, boolean fileForms) {
        NationalId nationalId = PersonRules.nationalId(errors, "nationalId", request.nationalId());
        PersonName name = PersonRules.name(errors, "fullName", request.fullName());
        BirthDate birth = PersonRules.birthDate(errors, "birthDate", request.birthDate(), today, fileForms);
        Sex sex = errors.required("sex", request.sex());
        PersonRules.consistency(errors, "nationalId", nationalId, sex, birth);
        String ethnicGroup = PersonRules.ethnicGroup(errors, "ethnicGroupCode", request.ethnicGroupCode(), ethnicGroupMap().keySet());
        String phone = PersonRules.phone(errors, "phone", request.phone());
        PayoutAccount account = PersonRules.account(errors, "payoutAccount", request.payoutAccount());
        if (!errors.isEmpty()) {
            return null;
        }
        return new ValidPerson(commune, household, relation, nationalId, name, birth, sex, ethnicGroup, phone, account);
    }

    private void requireUniqueNationalId(NationalId nationalId, UUID self, Actor actor, String memberField) {
        if (nationalId == null) {
            return;
        }
        Optional<Person> existing = people.findByNationalId(nationalId.value()).filter(p -> !p.id.equals(self));
        if (existing.isPresent()) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            Person other = existing.get();
            // Another commune's person: the conflict stands, but nothing about them is told.
            if (actor.canSee(other.provinceCode, other.communeCode)) {
                extensions.put("existing", Map.of("id", other.id.toString(), "href", HREF + other.id));
            }
            if (memberField != null) {
                extensions.put("member", memberField);
            }
            throw new ProblemException(409, "person.national-id-exists", List.of(), extensions, Map.of());
        }
    }

    /**
     * People of the same province with the same folded name whose birth date may be the same day;
     * 409 unless each was confirmed a different person. Answers those confirmed now.
     */
    private List<Person> unconfirmedLookAlikes(ValidPerson valid, UUID self, List<UUID> confirmed, Actor actor,
            String memberField) {
        Set<UUID> alreadyDistinct = self == null ? Set.of() : people.confirmedDistinctFrom(self);
        List<Person> lookAlikes = people.findLookAlikes(valid.commune().provinceCode(), valid.name().folded(), valid.birth().year())
                .stream().filter(p -> !p.id.equals(self) && !alreadyDistinct.contains(p.id))
                .filter(p -> p.birth().mayBeSameAs(valid.birth())).toList();
        if (lookAlikes.isEmpty() || confirmed.containsAll(lookAlikes.stream().map(p -> p.id).toList())) {
            return lookAlikes;
        }
        List<Person> visible = lookAlikes.stream().filter(p -> actor.canSee(p.provinceCode, p.communeCode)).toList();
        List<UUID> hidden = lookAlikes.stream().filter(p -> !actor.canSee(p.provinceCode, p.communeCode)).map(p -> p.id).toList();
        Map<UUID, HouseholdRef> homes = households.findAll(visible.stream().map(p -> p.householdId).filter(Objects::nonNull).toList());
        List<DuplicateCandidate> candidates = visible.stream().map(p -> new DuplicateCandidate(p.id, p.fullName, p.birth().iso(),
                p.communeCode, communeName(p.communeCode), p.householdId == null ? null
                        : Optional.ofNullable(homes.get(p.householdId)).map(HouseholdRef::code).orElse(null))).toList();
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("candidates", candidates);
        extensions.put("otherCandidates", hidden.size());
        extensions.put("otherCandidateIds", hidden);
        if (memberField != null) {
            extensions.put("member", memberField);
        }
        throw new ProblemException(409, "person.possible-duplicate", List.of(), extensions, Map.of(), lookAlikes.size());
    }

    // ---- changing ------------------------------------------------------------------------

    @Transactional
    public PersonView update(UUID id, PersonPatch patch, long expectedVersion, Actor actor) {
        Person person = visible(id, actor);
        requireWriter(actor);
        Versions.check(expectedVersion, person.version);
        FieldErrors errors = new FieldErrors();
        NewPerson merged = new NewPerson(person.communeCode,
                patch.has("householdId") ? patch.householdId() : person.householdId,
                patch.has("relationToHead") ? patch.relationToHead()
                        : patch.has("householdId") && patch.householdId() == null ? null : person.relationToHead,
                patch.has("nationalId") ? patch.nationalId() : person.nationalId,
                patch.has("fullName") ? patch.fullName() : person.fullName,
                patch.has("birthDate") ? patch.birthDate() : person.birth().iso(),
                patch.has("sex") ? patch.sex() : person.sex,
                patch.has("ethnicGroupCode") ? patch.ethnicGroupCode() : person.ethnicGroupCode,
                patch.has("phone") ? patch.phone() : person.phone,
                patch.has("payoutAccount") ? patch.payoutAccount() : account(person), patch.confirmedDistinctFrom());
        boolean headBefore = person.relationToHead == RelationToHead.HEAD;
        UUID householdBefore = person.householdId;
        ValidPerson valid = validateChange(merged, person, errors, actor);
        errors.throwIfAny();
        boolean identityChanged = !valid.name().value().equals(person.fullName) || !valid.birth().equals(person.birth());
        if (!Objects.equals(valid.nationalId() == null ? null : valid.nationalId().value(), person.nationalId)) {
            requireUniqueNationalId(valid.nationalId(), person.id, actor, null);
        }
        List<Person> confirmed = identityChanged
                ? unconfirmedLookAlikes(valid, person.id, PersonRules.nonNull(patch.confirmedDistinctFrom()), actor, null)
                : List.of();
        Changes changes = new Changes()
                .field("householdId", person.householdId, valid.household() == null ? null : valid.household().id())
                .field("relationToHead", person.relationToHead, valid.relation())
                .field("nationalId", person.nationalId, valid.nationalId())
                .field("fullName", person.fullName, valid.name())
                .field("birthDate", person.birth().iso(), valid.birth().iso())
                .field("sex", person.sex, valid.sex())
                .field("ethnicGroupCode", person.ethnicGroupCode, valid.ethnicGroupCode())
                .field("phone", person.phone, valid.phone());
        String accountBefore = Changes.account(person);
        String foldedBefore = person.foldedName;
        short birthYearBefore = person.birthYear;
        person.correctIdentity(valid.name(), valid.birth(), valid.sex(), valid.nationalId(), valid.ethnicGroupCode());
        person.contact(valid.phone());
        PayoutAccount account = valid.account();
        person.payTo(account == null ? null : account.kind(), account == null ? null : account.provider(),
                account == null ? null : account.number());
        changes.field("payoutAccount", accountBefore, Changes.account(person));
        person.joinHousehold(valid.household() == null ? null : valid.household().id(), valid.relation());
        if (!confirmed.isEmpty()) {
            people.confirmDistinct(person, confirmed.stream().map(p -> p.id).toList(), actor.username(), clock.instant());
            changes.field("confirmedDistinctFrom", null, confirmed.stream().map(p -> p.id.toString()).sorted().toList().toString());
        }
        if (changes.isEmpty()) {
            return view(person, actor);
        }
        person.touched(actor.username(), clock.instant());
        people.flush();
        if (identityChanged) {
            people.replaceNameWords(person, foldedBefore, birthYearBefore);
        }
        boolean headAfter = person.relationToHead == RelationToHead.HEAD;
        if (headBefore && (!headAfter || !Objects.equals(householdBefore, person.householdId))) {
            households.headChanged(householdBefore, null, actor.username());
        }
        if (headAfter && (!headBefore || !Objects.equals(householdBefore, person.householdId))) {
            households.headChanged(person.householdId, person.id, actor.username());
        }
        audit.record(entry(actor, "person.updated", person, changes.list()));
        return view(person, actor);
    }

    private ValidPerson validateChange(NewPerson merged, Person person, FieldErrors errors, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        CommuneRef commune = areas.findCommune(person.communeCode, today)
                .orElseGet(() -> new CommuneRef(person.communeCode, person.communeCode, person.provinceCode));
        HouseholdRef household = null;
        if (merged.householdId() != null) {
            household = households.find(merged.householdId()).filter(h -> actor.canSee(h.provinceCode(), h.communeCode()))
                    .orElse(null);
            if (household == null) {
                errors.add("householdId", "household.unknown");
            } else if (!household.communeCode().equals(person.communeCode)) {
                errors.add("householdId", "household.other-commune");
            }
        }
        RelationToHead relation = merged.relationToHead();
        if (merged.householdId() == null && relation != null) {
            errors.add("relationToHead", "relation.without-household");
        } else if (merged.householdId() != null && relation == null) {
            errors.add("relationToHead", "required");
        }
        if (household != null && relation == RelationToHead.HEAD && household.headPersonId() != null
                && !household.headPersonId().equals(person.id)) {
            errors.add("relationToHead", "household.head-exists");
        }
        return validIdentity(merged, errors, commune, household, relation, today, false);
    }

    private static PayoutAccount account(Person person) {
        return person.accountKind == null ? null
                : new PayoutAccount(person.accountKind, person.accountProvider, person.accountNumber);
    }

    // ---- households' members -------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HouseholdMember> membersOf(UUID householdId) {
        return people.findMembers(householdId).stream()
                .map(p -> new HouseholdMember(p.id, p.fullName, p.relationToHead, p.birth().iso(), p.sex)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        people.findWithIds(ids).forEach(p -> names.put(p.id, p.fullName));
        return names;
    }

    /**
     * Name, birth date, commune and village of people by id, for lists other features print (the
     * public posting list, decisions). Identification numbers are left out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, PersonSummary> summariesOf(Collection<UUID> ids) {
        Map<UUID, PersonSummary> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<Person> rows = people.findWithIds(ids);
        Map<UUID, HouseholdRef> homes = households.findAll(rows.stream().map(p -> p.householdId).filter(Objects::nonNull).toList());
        for (Person p : rows) {
            HouseholdRef home = p.householdId == null ? null : homes.get(p.householdId);
            found.put(p.id, new PersonSummary(p.id, p.fullName, p.birth().iso(), p.sex, null, p.communeCode,
                    home == null ? null : home.code(), home == null ? null : home.villageName()));
        }
        return found;
    }

    /** A person of the household's commune joins it (leaving any other household). */
    @Transactional
    public void joinHousehold(UUID personId, HouseholdRef household, RelationToHead relation, Actor actor) {
        requireWriter(actor);
        Person person = visible(personId, actor);
        FieldErrors errors = new FieldErrors();
        errors.required("relationToHead", relation);
        if (!person.communeCode.equals(household.communeCode())) {
            errors.add("personId", "household.other-commune");
        }
        if (relation == RelationToHead.HEAD && household.headPersonId() != null && !household.headPersonId().equals(person.id)) {
            errors.add("relationToHead", "household.head-exists");
        }
        errors.throwIfAny();
        UUID before = person.householdId;
        RelationToHead relationBefore = person.relationToHead;
        if (before != null && !before.equals(household.id()) && relationBefore == RelationToHead.HEAD) {
            households.headChanged(before, null, actor.username());
        }
        person.joinHousehold(household.id(), relation);
        Changes changes = new Changes().field("householdId", before, household.id()).field("relationToHead", relationBefore, relation);
        if (changes.isEmpty()) {
            return;
        }
        person.touched(actor.username(), clock.instant());
        people.flush();
        if (relation == RelationToHead.HEAD) {
            households.headChanged(household.id(), person.id, actor.username());
        } else if (relationBefore == RelationToHead.HEAD && household.id().equals(before)) {
            households.headChanged(household.id(), null, actor.username());
        }
        audit.record(entry(actor, "person.joined-household", person, changes.list()));
    }

    /** The person leaves the household: relation cleared, recorded; nobody is deleted. */
    @Transactional
    public void leaveHousehold(UUID personId, UUID householdId, Actor actor) {
        requireWriter(actor);
        Person person = people.findByIdOptional(personId)
                .filter(p -> householdId.equals(p.householdId) && actor.canSee(p.provinceCode, p.communeCode))
                .orElseThrow(() -> ProblemException.notFound("household.member-not-found"));
        boolean wasHead = person.relationToHead == RelationToHead.HEAD;
        Changes changes = new Changes().field("householdId", person.householdId, null).field("relationToHead", person.relationToHead, null);
        person.leaveHousehold();
        person.touched(actor.username(), clock.instant());
        people.flush();
        if (wasHead) {
            households.headChanged(householdId, null, actor.username());
        }
        audit.record(entry(actor, "person.left-household", person, changes.list()));
    }

    /** A member becomes head; the former head (if any) is then OTHER until a worker says more. */
    @Transactional
    public void makeHead(UUID personId, UUID householdId, Actor actor) {
        requireWriter(actor);
        Person head = people.findByIdOptional(personId).filter(p -> householdId.equals(p.householdId))
                .orElseThrow(() -> ProblemException.invalidField("headPersonId", "household.not-a-member"));
        for (Person member : people.findMembers(householdId)) {
            if (member.relationToHead == RelationToHead.HEAD && !member.id.equals(personId)) {
                member.joinHousehold(householdId, RelationToHead.OTHER);
                member.touched(actor.username(), clock.instant());
                audit.record(entry(actor, "person.updated", member,
                        new Changes().field("relationToHead", RelationToHead.HEAD, RelationToHead.OTHER).list()));
            }
        }
        if (head.relationToHead != RelationToHead.HEAD) {
            RelationToHead before = head.relationToHead;
            head.joinHousehold(householdId, RelationToHead.HEAD);
            head.touched(actor.username(), clock.instant());
            audit.record(entry(actor, "person.updated", head, new Changes().field("relationToHead", before, RelationToHead.HEAD).list()));
        }
        people.flush();
    }

    // ---- eligibility ---------------------------------------------------------------------

    /**
     * A person's eligibility facts whatever the caller (the policy feature checks scope first);
     * HIV periods only when {@code includeSensitive} (ND 20 Art. 8, Law 91/2025).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EligibilityFacts> eligibilityFacts(UUID personId, boolean includeSensitive) {
        return people.findByIdOptional(personId).map(person -> new EligibilityFacts(person.id, person.provinceCode,
                person.communeCode, person.householdId, person.birth(), person.sex,
                facts.findCurrentOfPeople(List.of(person.id)).stream().filter(f -> includeSensitive || !f.kind.isSensitive())
                        .map(f -> new EligibilityFacts.Period(f.kind, f.codeValue, f.dateValue, f.validFrom, f.validTo)).toList()));
    }

    /** A page of a province's people with their facts, by id after {@code after} (null: the first page): for simulations. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EligibilityFacts> eligibilityFactsPage(String provinceCode, UUID after, int limit) {
        return eligibilityReader.page(provinceCode, after, limit);
    }

    /** How many people the registry holds in a province. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int countInProvince(String provinceCode) {
        return eligibilityReader.count(provinceCode);
    }

    // ---- facts ---------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FactView> facts(UUID personId, LocalDate on, boolean includeSuperseded, Actor actor) {
        Person person = visible(personId, actor);
        return facts.findOfPerson(person.id).stream().filter(f -> !f.kind.isSensitive() || seesSensitive(actor))
                .filter(f -> on != null ? f.inForceOn(on) : includeSuperseded || f.isCurrent())
                .map(FactView::of).toList();
    }

    @Transactional
    public FactView recordFact(UUID personId, NewFact request, Actor actor) {
        Person person = visible(personId, actor);
        FieldErrors errors = new FieldErrors();
        FactKind kind = errors.required("kind", request.kind());
        errors.throwIfAny();
        requireFactWriter(kind, actor);
        FactRules.Valid valid = FactRules.validate(kind, request.codeValue(), request.dateValue(), request.validFrom(),
                request.validTo(), request.document(), LocalDate.now(clock), errors);
        errors.throwIfAny();
        List<PersonFact> sameKind = facts.findCurrentOfPersonAndKind(person.id, kind);
        for (PersonFact existing : sameKind) {
            if (!existing.closableBy(valid.validFrom()) && existing.overlaps(valid.validFrom(), valid.validTo())) {
                throw ProblemException.conflict("fact.overlap", kind.name(), existing.validFrom.toString());
            }
        }
        Changes changes = new Changes();
        for (PersonFact existing : sameKind) {
            if (existing.closableBy(valid.validFrom())
                    && (valid.validTo() == null || !existing.validFrom.isAfter(valid.validTo()))) {
                String before = existing.describe();
                existing.closeBefore(valid.validFrom());
                changes.field(factField(kind), before, existing.describe());
            }
        }
        PersonFact fact = new PersonFact(person, kind, valid.codeValue(), valid.dateValue(), valid.validFrom(), valid.validTo(),
                valid.document(), null, actor.username(), clock.instant());
        facts.persist(fact);
        facts.flush();
        changes.field(factField(kind), null, fact.describe());
        audit.record(entry(actor, "person.fact-recorded", person, changes.list()));
        return FactView.of(fact);
    }

    @Transactional
    public FactView correctFact(UUID personId, UUID factId, FactCorrection correction, Actor actor) {
        Person person = visible(personId, actor);
        PersonFact old = facts.findByIdOptional(factId).filter(f -> f.personId.equals(person.id))
                .filter(f -> !f.kind.isSensitive() || seesSensitive(actor))
                .orElseThrow(() -> ProblemException.notFound("fact.not-found"));
        requireFactWriter(old.kind, actor);
        if (!old.isCurrent()) {
            throw ProblemException.conflict("fact.already-corrected");
        }
        FieldErrors errors = new FieldErrors();
        String reason = errors.text("reason", correction.reason(), 500, true);
        FactRules.Valid valid = FactRules.validate(old.kind, correction.codeValue(), correction.dateValue(),
                correction.validFrom(), correction.validTo(), correction.document(), LocalDate.now(clock), errors);
        errors.throwIfAny();
        for (PersonFact other : facts.findCurrentOfPersonAndKind(person.id, old.kind)) {
            if (!other.id.equals(old.id) && other.overlaps(valid.validFrom(), valid.validTo())) {
                throw ProblemException.conflict("fact.overlap", old.kind.name(), other.validFrom.toString());
            }
        }
        PersonFact fact = new PersonFact(person, old.kind, valid.codeValue(), valid.dateValue(), valid.validFrom(),
                valid.validTo(), valid.document(), reason, actor.username(), clock.instant());
        facts.persist(fact);
        facts.flush();
        old.supersedeWith(fact);
        facts.flush();
        audit.record(entry(actor, "person.fact-corrected", person, new Changes()
                .field(factField(old.kind), old.describe(), fact.describe()).field("correctionReason", null, reason).list()));
        return FactView.of(fact);
    }

    private static String factField(FactKind kind) {
        return "facts." + kind.name();
    }

    private static void requireFactWriter(FactKind kind, Actor actor) {
        if (kind.isSensitive() ? !actor.hasRole(Role.SOCIAL_WORKER, Role.APPROVER) : !isWriter(actor)) {
            throw new ProblemException(403, "auth.forbidden");
        }
    }

    // ---- imports ---------------------------------------------------------------------------

    @Inject
    PersonImporter importer;

    /**
     * Stores imported people in JDBC batches within the caller's transaction (see {@link PersonImporter}).
     * {@code households} are those the rows' household codes resolved to. Ethnic groups may be given by
     * code or by name.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PersonImportResult importPeople(List<PersonImport> rows, Map<UUID, HouseholdRef> householdsById, Actor actor) {
        Map<String, String> byName = new HashMap<>();
        for (EthnicGroupView group : ethnicGroupMap().values()) {
            byName.put(vn.ansinh.shared.VietnameseText.fold(group.name()), group.code());
            byName.put(vn.ansinh.shared.VietnameseText.fold(group.nameEn()), group.code());
        }
        return importer.importPeople(rows, householdsById, byName, ethnicGroupMap().keySet(), actor);
    }

    // ---- history and review --------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEventView> history(UUID personId, Actor actor) {
        Person person = visible(personId, actor);
        boolean sensitive = seesSensitive(actor);
        boolean masked = seesMaskedNationalId(actor);
        List<AuditEventView> events = new ArrayList<>();
        for (AuditEventView event : audit.eventsOf(List.of(person.id))) {
            List<AuditEventView.ChangeView> changes = event.changes().stream()
                    .filter(c -> sensitive || !c.field().startsWith(factField(FactKind.HIV)))
                    .map(c -> masked && c.field().equals("nationalId")
                            ? new AuditEventView.ChangeView(c.field(), mask(c.before()), mask(c.after())) : c)
                    .toList();
            boolean factEvent = event.action().startsWith("person.fact-");
            boolean onlyHidden = factEvent && changes.stream().noneMatch(c -> c.field().startsWith("facts."));
            if (!onlyHidden) {
                events.add(new AuditEventView(event.id(), event.occurredAt(), event.actor(), event.actorRole(), event.action(),
                        event.entityType(), event.entityId(), changes));
            }
        }
        return events;
    }

    private static String mask(String nationalId) {
        return nationalId == null || !nationalId.matches("\\d{12}") ? nationalId : new NationalId(nationalId).masked();
    }

    /**
     * Groups of people in a commune who may be the same person: same folded name and birth year
     * (with people of the same province), or same phone. Pairs confirmed distinct do not count.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DuplicateGroup> duplicates(String communeCode, Actor actor) {
        String code = communeCode == null || communeCode.isBlank() ? actor.isCommuneScoped() ? actor.communeCode() : null
                : communeCode.strip();
        if (code == null) {
            throw ProblemException.invalidField("communeCode", "required");
        }
        CommuneRef commune = visibleCommune(code, actor);
        List<DuplicateGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<Person>> group : people.findDuplicateGroups(commune.provinceCode(), commune.code()).entrySet()) {
            List<Person> members = group.getValue();
            Set<String> confirmed = people.confirmedPairsAmong(members.stream().map(p -> p.id).toList());
            if (everyPairConfirmed(members, confirmed)) {
                continue;
            }
            List<Person> visible = members.stream().filter(p -> actor.canSee(p.provinceCode, p.communeCode)).toList();
            groups.add(new DuplicateGroup(group.getKey(), summaries(visible, actor), members.size() - visible.size()));
        }
        return groups;
    }

    private static boolean everyPairConfirmed(List<Person> members, Set<String> confirmed) {
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (!confirmed.contains(PersonRepository.pair(members.get(i).id, members.get(j).id))) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<PersonSummary> summaries(List<Person> found, Actor actor) {
        Map<UUID, HouseholdRef> homes = households.findAll(found.stream().map(p -> p.householdId).filter(Objects::nonNull).toList());
        boolean masked = seesMaskedNationalId(actor);
        return found.stream().map(p -> {
            HouseholdRef home = p.householdId == null ? null : homes.get(p.householdId);
            return new PersonSummary(p.id, p.fullName, p.birth().iso(), p.sex,
                    p.nationalId == null ? null : masked ? new NationalId(p.nationalId).masked() : p.nationalId,
                    p.communeCode, home == null ? null : home.code(), home == null ? null : home.villageName());
        }).toList();
    }

    // ---- helpers -------------------------------------------------------------------------

    private Person visible(UUID id, Actor actor) {
        return people.findByIdOptional(id).filter(p -> actor.canSee(p.provinceCode, p.communeCode))
                .orElseThrow(() -> ProblemException.notFound("person.not-found"));
    }

    private CommuneRef visibleCommune(String code, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return areas.findCommune(code, today).filter(c -> actor.canSee(c.provinceCode(), c.code()))
                .orElseThrow(() -> ProblemException.notFound("area.not-found", code, today.toString()));
    }

    private String communeName(String code) {
        return areas.findCommune(code, LocalDate.now(clock)).map(CommuneRef::name).orElse(null);
    }

    private static void requireWriter(Actor actor) {
        if (!isWriter(actor)) {
            throw new ProblemException(403, "auth.forbidden");
        }
    }

    private PersonView view(Person person, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        HouseholdRef home = person.householdId == null ? null : households.find(person.householdId).orElse(null);
        EthnicGroupView group = ethnicGroupMap().get(person.ethnicGroupCode);
        boolean sensitive = seesSensitive(actor);
        List<PersonFact> current = facts.findCurrentOfPeople(List.of(person.id));
        List<FactView> inForce = current.stream().filter(f -> f.inForceOn(today))
                .filter(f -> !f.kind.isSensitive() || sensitive).map(FactView::of).toList();
        LocalDate deathDate = current.stream().filter(f -> f.kind == FactKind.DEATH).map(f -> f.validFrom).findFirst().orElse(null);
        return new PersonView(person.id, person.communeCode,
                new PersonView.Ref(person.communeCode, communeName(person.communeCode)),
                home == null ? null : new PersonView.HouseholdLink(home.id(), home.code()), person.relationToHead,
                person.nationalId == null ? null
                        : seesMaskedNationalId(actor) ? new NationalId(person.nationalId).masked() : person.nationalId,
                person.fullName, person.birth().iso(), person.birthDatePrecision, person.sex,
                new PersonView.Ref(person.ethnicGroupCode, group == null ? person.ethnicGroupCode : group.name()),
                person.phone, account(person), inForce, deathDate, person.version, person.createdAt, person.updatedAt);
    }

    private static AuditEntry entry(Actor actor, String action, Person person, List<AuditEntry.Change> changes) {
        return new AuditEntry(actor.username(), actor.role().name(), action, ENTITY, person.id, person.provinceCode,
                person.communeCode, changes);
    }
}
