package vn.ansinh.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ansinh.area.AreaService;
import vn.ansinh.area.CommuneRef;
import vn.ansinh.area.VillageRef;
import vn.ansinh.area.VillageService;
import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.person.HouseholdDirectory;
import vn.ansinh.person.HouseholdDirectory.HouseholdRef;
import vn.ansinh.person.NewPerson;
import vn.ansinh.person.PersonService;
import vn.ansinh.person.RelationToHead;
import vn.ansinh.shared.FieldErrors;
import vn.ansinh.shared.PageView;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.Uuids;
import vn.ansinh.shared.Versions;
import vn.ansinh.shared.VietnameseText;

/** Households: registration, members, poverty status history, and the bulk write that imports use. */
@ApplicationScoped
public class HouseholdService {

    static final String ENTITY = "HOUSEHOLD";
    static final String HREF = "/api/v1/households/";
    static final Pattern CODE = Pattern.compile("^[0-9A-Za-z][0-9A-Za-z./-]{0,19}$");

    @Inject
    HouseholdRepository households;

    @Inject
    PovertyStatusRepository statuses;

    @Inject
    HouseholdDirectory directory;

    @Inject
    PersonService people;

    @Inject
    VillageService villages;

    @Inject
    AreaService areas;

    @Inject
    AuditService audit;

    @Inject
    HouseholdImport imports;

    @Inject
    Clock clock;

    // ---- registering ---------------------------------------------------------------------

    @Transactional
    public HouseholdView create(NewHousehold request, Actor actor) {
        requireWriter(actor);
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors();
        CommuneRef commune = null;
        String communeCode = errors.text("communeCode", request.communeCode(), 5, true);
        if (communeCode != null) {
            Optional<CommuneRef> found = areas.findCommune(communeCode, today);
            if (found.isEmpty()) {
                errors.add("communeCode", "area.unknown-commune");
            } else if (!actor.canSee(found.get().provinceCode(), found.get().code())) {
                errors.add("communeCode", "area.out-of-scope");
            } else {
                commune = found.get();
            }
        }
        String address = errors.text("address", request.address(), 200, true);
        String code = errors.text("code", request.code(), 20, false);
        if (code != null && !CODE.matcher(code).matches()) {
            errors.add("code", "pattern");
        }
        if (request.villageId() != null && commune != null) {
            checkVillage(errors, request.villageId(), commune.code());
        }
        NewHousehold.InitialPovertyStatus poverty = request.povertyStatus();
        String decision = null;
        if (poverty != null) {
            errors.required("povertyStatus.status", poverty.status());
            checkFrom(errors, "povertyStatus.validFrom", poverty.validFrom(), today);
            decision = errors.text("povertyStatus.decisionNumber", poverty.decisionNumber(), 60, false);
        }
        List<NewPerson> members = request.members();
        if (!members.isEmpty()) {
            long heads = members.stream().filter(m -> m != null && m.relationToHead() == RelationToHead.HEAD).count();
            if (heads != 1) {
                errors.add("members", "household.one-head");
            }
        }
        errors.throwIfAny();
        if (code != null && households.findByCode(commune.code(), code).isPresent()) {
            throw ProblemException.conflict("household.code-exists", code);
        }
        Household household = new Household(Uuids.timeOrdered(), code == null ? nextCode(commune.code()) : code,
                commune.provinceCode(), commune.code(), request.villageId(), address, actor.username(), clock.instant());
        households.persist(household);
        households.flush();
        List<AuditEntry.Change> changes = new ArrayList<>(List.of(change("code", null, household.code),
                change("communeCode", null, household.communeCode), change("villageId", null, household.villageId),
                change("address", null, household.address)));
        if (poverty != null) {
            HouseholdPovertyStatus status = new HouseholdPovertyStatus(household, poverty.status(), poverty.validFrom(), null,
                    decision, null, actor.username(), clock.instant());
            statuses.persist(status);
            changes.add(change("povertyStatus", null, status.describe()));
        }
        changes.removeIf(c -> c.after() == null);
        audit.record(entry(actor, "household.created", household, changes));
        if (!members.isEmpty()) {
            people.registerMembers(members, ref(household), actor);
        }
        households.flush();
        return view(household, today);
    }

    private String nextCode(String communeCode) {
        // Imports bring their own codes, which may take a generated number: skip the ones in use.
        while (true) {
            String code = "%s-%06d".formatted(communeCode, households.nextNumber(communeCode));
            if (households.findByCode(communeCode, code).isEmpty()) {
                return code;
            }
        }
    }

    // ---- reading -------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public HouseholdView get(UUID id, LocalDate on, Actor actor) {
        return view(visible(id, actor), on == null ? LocalDate.now(clock) : on);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<HouseholdSummary> list(String communeCode, UUID villageId, String q, PovertyStatus status, int page, int size,
            Actor actor) {
        String province = actor.provinceCode();
        String commune = actor.isCommuneScoped() ? actor.communeCode() : null;
        LocalDate today = LocalDate.now(clock);
        if (communeCode != null && !communeCode.isBlank()) {
            CommuneRef asked = areas.findCommune(communeCode.strip(), today).filter(c -> actor.canSee(c.provinceCode(), c.code()))
                    .orElseThrow(() -> ProblemException.notFound("area.not-found", communeCode, today.toString()));
            province = asked.provinceCode();
            commune = asked.code();
        }
        String query = q == null || q.isBlank() ? null : VietnameseText.nfc(q);
        HouseholdRepository.Filter filter = new HouseholdRepository.Filter(province, commune, villageId, query, status, today);
        List<Household> found = households.findPage(filter, page, size);
        long total = page == 0 && found.size() < size ? found.size() : households.countMatching(filter);
        Map<UUID, VillageRef> villageNames = villages.findAll(found.stream().map(h -> h.villageId).filter(Objects::nonNull).distinct().toList());
        Map<UUID, String> heads = people.namesOf(found.stream().map(h -> h.headPersonId).filter(Objects::nonNull).toList());
        Map<UUID, HouseholdPovertyStatus> inForce = statuses.findInForce(found.stream().map(h -> h.id).toList(), today);
        List<HouseholdSummary> items = found.stream().map(h -> new HouseholdSummary(h.id, h.code, h.communeCode, h.villageId,
                h.villageId == null || villageNames.get(h.villageId) == null ? null : villageNames.get(h.villageId).name(),
                h.address, h.headPersonId == null ? null : new HouseholdView.Head(h.headPersonId, heads.get(h.headPersonId)),
                inForce.containsKey(h.id) ? inForce.get(h.id).status : null)).toList();
        return PageView.of(items, page, size, total);
    }

    /** The village and poverty status history of each household asked for that exists (for eligibility). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, HouseholdFacts> eligibilityFacts(java.util.Collection<UUID> householdIds) {
        Map<UUID, HouseholdFacts> found = new java.util.HashMap<>();
        List<UUID> ids = householdIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return found;
        }
        Map<UUID, List<HouseholdFacts.Period>> periods = new java.util.HashMap<>();
        statuses.findCurrentOfHouseholds(ids).forEach(s -> periods.computeIfAbsent(s.householdId, k -> new ArrayList<>())
                .add(new HouseholdFacts.Period(s.status, s.validFrom, s.validTo, s.decisionNumber)));
        households.findWithIds(ids).forEach(h -> found.put(h.id, new HouseholdFacts(h.id, h.villageId,
                periods.getOrDefault(h.id, List.of()))));
        return found;
    }

    // ---- changing ------------------------------------------------------------------------

    @Transactional
    public HouseholdView update(UUID id, HouseholdPatch patch, long expectedVersion, Actor actor) {
        Household household = visible(id, actor);
        requireWriter(actor);
        Versions.check(expectedVersion, household.version);
        FieldErrors errors = new FieldErrors();
        UUID village = patch.has("villageId") ? patch.villageId() : household.villageId;
        if (patch.has("villageId") && village != null) {
            checkVillage(errors, village, household.communeCode);
        }
        String address = patch.has("address") ? errors.text("address", patch.address(), 200, true) : household.address;
        if (patch.has("headPersonId") && patch.headPersonId() == null) {
            errors.add("headPersonId", "required");
        }
        errors.throwIfAny();
        List<AuditEntry.Change> changes = new ArrayList<>();
        if (!Objects.equals(village, household.villageId)) {
            changes.add(change("villageId", household.villageId, village));
        }
        if (!address.equals(household.address)) {
            changes.add(change("address", household.address, address));
        }
        household.moveTo(village, address);
        if (patch.has("headPersonId") && !patch.headPersonId().equals(household.headPersonId)) {
            people.makeHead(patch.headPersonId(), household.id, actor);
            changes.add(change("headPersonId", household.headPersonId, patch.headPersonId()));
            household.headedBy(patch.headPersonId());
        }
        if (!changes.isEmpty()) {
            household.touched(actor.username(), clock.instant());
            households.flush();
            audit.record(entry(actor, "household.updated", household, changes));
        }
        return view(household, LocalDate.now(clock));
    }

    @Transactional
    public HouseholdView addMember(UUID id, NewHouseholdMember request, Actor actor) {
        Household household = visible(id, actor);
        requireWriter(actor);
        FieldErrors errors = new FieldErrors();
        errors.required("personId", request.personId());
        errors.required("relationToHead", request.relationToHead());
        errors.throwIfAny();
        people.joinHousehold(request.personId(), ref(household), request.relationToHead(), actor);
        households.flush();
        audit.record(entry(actor, "household.member-added", household,
                List.of(change("members", null, request.personId() + " " + request.relationToHead()))));
        return view(household, LocalDate.now(clock));
    }

    @Transactional
    public HouseholdView removeMember(UUID id, UUID personId, Actor actor) {
        Household household = visible(id, actor);
        requireWriter(actor);
        people.leaveHousehold(personId, household.id, actor);
        households.flush();
        audit.record(entry(actor, "household.member-removed", household, List.of(change("members", personId.toString(), null))));
        return view(household, LocalDate.now(clock));
    }

    // ---- poverty status ------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PovertyStatusView> povertyStatuses(UUID id, Actor actor) {
        Household household = visible(id, actor);
        return statuses.findOfHousehold(household.id).stream().map(PovertyStatusView::of).toList();
    }

    @Transactional
    public PovertyStatusView addPovertyStatus(UUID id, NewPovertyStatus request, Actor actor) {
        Household household = visible(id, actor);
        requireWriter(actor);
        FieldErrors errors = new FieldErrors();
        errors.required("status", request.status());
        checkPeriod(errors, request.validFrom(), request.validTo());
        String decision = errors.text("decisionNumber", request.decisionNumber(), 60, false);
        errors.throwIfAny();
        List<HouseholdPovertyStatus> current = statuses.findCurrentOfHousehold(household.id);
        for (HouseholdPovertyStatus existing : current) {
            if (!existing.closableBy(request.validFrom()) && existing.overlaps(request.validFrom(), request.validTo())) {
                throw ProblemException.conflict("poverty-status.overlap", existing.validFrom.toString());
            }
        }
        List<AuditEntry.Change> changes = new ArrayList<>();
        for (HouseholdPovertyStatus existing : current) {
            if (existing.closableBy(request.validFrom())) {
                String before = existing.describe();
                existing.closeBefore(request.validFrom());
                changes.add(change("povertyStatus", before, existing.describe()));
            }
        }
        HouseholdPovertyStatus status = new HouseholdPovertyStatus(household, request.status(), request.validFrom(),
                request.validTo(), decision, null, actor.username(), clock.instant());
        statuses.persist(status);
        statuses.flush();
        changes.add(change("povertyStatus", null, status.describe()));
        audit.record(entry(actor, "household.poverty-status-recorded", household, changes));
        return PovertyStatusView.of(status);
    }

    @Transactional
    public PovertyStatusView correctPovertyStatus(UUID id, UUID statusId, PovertyStatusCorrection request, Actor actor) {
        Household household = visible(id, actor);
        requireWriter(actor);
        HouseholdPovertyStatus old = statuses.findByIdOptional(statusId).filter(s -> s.householdId.equals(household.id))
                .orElseThrow(() -> ProblemException.notFound("poverty-status.not-found"));
        if (!old.isCurrent()) {
            throw ProblemException.conflict("poverty-status.already-corrected");
        }
        FieldErrors errors = new FieldErrors();
        errors.required("status", request.status());
        checkPeriod(errors, request.validFrom(), request.validTo());
        String decision = errors.text("decisionNumber", request.decisionNumber(), 60, false);
        String reason = errors.text("reason", request.reason(), 500, true);
        errors.throwIfAny();
        for (HouseholdPovertyStatus other : statuses.findCurrentOfHousehold(household.id)) {
            if (!other.id.equals(old.id) && other.overlaps(request.validFrom(), request.validTo())) {
                throw ProblemException.conflict("poverty-status.overlap", other.validFrom.toString());
            }
        }
        HouseholdPovertyStatus corrected = new HouseholdPovertyStatus(household, request.status(), request.validFrom(),
                request.validTo(), decision, reason, actor.username(), clock.instant());
        statuses.persist(corrected);
        statuses.flush();
        old.supersedeWith(corrected);
        statuses.flush();
        audit.record(entry(actor, "household.poverty-status-corrected", household,
                List.of(change("povertyStatus", old.describe(), corrected.describe()), change("correctionReason", null, reason))));
        return PovertyStatusView.of(corrected);
    }

    // ---- import --------------------------------------------------------------------------

    /**
     * Stores imported households and people in JDBC batches, in one transaction per call. Rows are
     * independent: a bad row is reported in the outcome and the others stored. Idempotent: a row
     * already stored (same household code in the commune; same national id, or same household +
     * name + birth date) counts as unchanged. Villages unknown in the commune are created.
     */
    @Transactional
    public ImportOutcome importRows(List<HouseholdImportRow> householdRows, List<PersonImportRow> personRows, ImportActor actor) {
        return imports.importRows(householdRows, personRows, actor);
    }

    // ---- helpers -------------------------------------------------------------------------

    private void checkVillage(FieldErrors errors, UUID villageId, String communeCode) {
        Optional<VillageRef> village = villages.find(villageId);
        if (village.isEmpty()) {
            errors.add("villageId", "village.unknown");
        } else if (!village.get().communeCode().equals(communeCode)) {
            errors.add("villageId", "village.other-commune");
        }
    }

    private static void checkFrom(FieldErrors errors, String field, LocalDate from, LocalDate today) {
        if (from == null) {
            errors.add(field, "required");
        } else if (from.isAfter(today)) {
            errors.add(field, "past-or-present");
        } else if (from.getYear() < 1900) {
            errors.add(field, "date.too-early", 1900);
        }
    }

    private void checkPeriod(FieldErrors errors, LocalDate from, LocalDate to) {
        checkFrom(errors, "validFrom", from, LocalDate.now(clock));
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("validTo", "before-valid-from");
        }
    }

    private Household visible(UUID id, Actor actor) {
        return households.findByIdOptional(id).filter(h -> actor.canSee(h.provinceCode, h.communeCode))
                .orElseThrow(() -> ProblemException.notFound("household.not-found"));
    }

    private static void requireWriter(Actor actor) {
        if (!actor.hasRole(Role.SOCIAL_WORKER, Role.ADMIN, Role.INTEGRATOR)) {
            throw new ProblemException(403, "auth.forbidden");
        }
    }

    private HouseholdView view(Household household, LocalDate on) {
        String communeName = areas.findCommune(household.communeCode, LocalDate.now(clock)).map(CommuneRef::name)
                .orElse(household.communeCode);
        String villageName = villages.find(household.villageId).map(VillageRef::name).orElse(null);
        HouseholdPovertyStatus status = statuses.findInForce(List.of(household.id), on).get(household.id);
        String headName = household.headPersonId == null ? null : people.namesOf(List.of(household.headPersonId)).get(household.headPersonId);
        return new HouseholdView(household.id, household.code, household.communeCode,
                new HouseholdView.CommuneName(household.communeCode, communeName), household.villageId, villageName,
                household.address, household.headPersonId == null ? null : new HouseholdView.Head(household.headPersonId, headName),
                people.membersOf(household.id), status == null ? null : PovertyStatusView.of(status), household.version,
                household.createdAt, household.updatedAt);
    }

    static HouseholdRef ref(Household household) {
        return new HouseholdRef(household.id, household.code, household.provinceCode, household.communeCode,
                household.villageId, null, household.headPersonId);
    }

    private static AuditEntry.Change change(String field, Object before, Object after) {
        return new AuditEntry.Change(field, before == null ? null : before.toString(), after == null ? null : after.toString());
    }

    static AuditEntry entry(Actor actor, String action, Household household, List<AuditEntry.Change> changes) {
        return new AuditEntry(actor.username(), actor.role().name(), action, ENTITY, household.id, household.provinceCode,
                household.communeCode, changes);
    }
}
