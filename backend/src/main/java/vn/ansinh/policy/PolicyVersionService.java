package vn.ansinh.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.FieldErrors;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.Versions;

/**
 * Policy administration: the timeline of a group's versions and of standard levels; drafts that
 * province officers add for their province (national ones need a country scope), change while
 * unused, delete, and activate. A version used by a decision or payment never changes
 * (409 {@code policy.version-used}). Every change is audited; provincial versions in their
 * province's chain, national ones in chain {@value #NATIONAL_CHAIN}.
 */
@ApplicationScoped
public class PolicyVersionService {

    static final String NATIONAL_CHAIN = "00";

    @Inject
    PolicyGroupRepository groups;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    GroupVersionRepository groupVersions;

    @Inject
    LevelVersionRepository levelVersions;

    @Inject
    PolicyCache cache;

    @Inject
    AuditService audit;

    @Inject
    Event<PolicyChanged> changed;

    @Inject
    Clock clock;

    // ---- reading -------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyVersionViews.GroupDetail group(String code, Actor actor) {
        PolicyGroup group = visibleGroup(code, actor);
        boolean drafts = actor.hasRole(Role.PROVINCE_OFFICER, Role.ADMIN);
        List<PolicyVersionViews.GroupVersionView> versions = groupVersions.findOfGroup(group.id).stream()
                .filter(v -> drafts || v.status == VersionStatus.ACTIVE).map(v -> view(v, group)).toList();
        return new PolicyVersionViews.GroupDetail(group.code, programmes.findById(group.programmeId).code, group.nameVi, group.nameEn,
                group.legalBasis, group.provinceCode, group.startRule, group.startAge, group.perChild, group.combination, versions);
    }

    /** The standard levels: national rows and the overrides of the provinces in the caller's scope (or the one asked for). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PolicyVersionViews.LevelVersionView> levels(String levelCode, String provinceCode, Actor actor) {
        boolean drafts = actor.hasRole(Role.PROVINCE_OFFICER, Role.ADMIN);
        String province = provinceCode != null && !provinceCode.isBlank() ? provinceCode.strip() : actor.provinceCode();
        return levelVersions.findAllInOrder().stream()
                .filter(v -> levelCode == null || levelCode.isBlank() || v.levelCode.equals(levelCode.strip()))
                .filter(v -> v.provinceCode == null || v.provinceCode.equals(province) && (actor.isCountryScoped()
                        || v.provinceCode.equals(actor.provinceCode())))
                .filter(v -> drafts || v.status == VersionStatus.ACTIVE).map(PolicyVersionService::view).toList();
    }

    // ---- group versions --------------------------------------------------------------------

    @Transactional
    public PolicyVersionViews.GroupVersionView addGroupVersion(String groupCode, PolicyVersionViews.NewGroupVersion request,
            Actor actor) {
        PolicyGroup group = visibleGroup(groupCode, actor);
        requireMayChange(group.provinceCode, actor);
        Valid valid = validate(request, actor);
        GroupVersion version = new GroupVersion(group, valid.coefficient, valid.criteria, request.effectiveFrom(), request.effectiveTo(),
                valid.legalBasis, actor.username(), clock.instant());
        groupVersions.persist(version);
        groupVersions.flush();
        audit(actor, "policy.group-version-added", version.id, "POLICY_GROUP_VERSION", group.provinceCode, List.of(
                change("groupCode", null, group.code), change("coefficient", null, version.coefficient.toPlainString()),
                change("criteria", null, version.criteria), change("period", null, period(version.effectiveFrom, version.effectiveTo)),
                change("legalBasis", null, version.legalBasis)));
        return view(version, group);
    }

    @Transactional
    public PolicyVersionViews.GroupVersionView changeGroupVersion(UUID id, PolicyVersionViews.NewGroupVersion request,
            long expectedVersion, Actor actor) {
        GroupVersion version = visibleGroupVersion(id, actor);
        PolicyGroup group = groups.findById(version.groupId);
        requireMayChange(version.provinceCode, actor);
        version.requireUnused();
        Versions.check(expectedVersion, version.version);
        Valid valid = validate(request, actor);
        if (version.status == VersionStatus.ACTIVE) {
            requireNoOverlap(groupVersions.findActiveOfGroup(group.id), version.id, request.effectiveFrom(), request.effectiveTo(), false);
        }
        List<AuditEntry.Change> changes = new ArrayList<>();
        addIfChanged(changes, "coefficient", version.coefficient.toPlainString(), valid.coefficient.toPlainString());
        addIfChanged(changes, "criteria", version.criteria, valid.criteria);
        addIfChanged(changes, "period", period(version.effectiveFrom, version.effectiveTo), period(request.effectiveFrom(), request.effectiveTo()));
        addIfChanged(changes, "legalBasis", version.legalBasis, valid.legalBasis);
        version.change(valid.coefficient, valid.criteria, request.effectiveFrom(), request.effectiveTo(), valid.legalBasis,
                actor.username(), clock.instant());
        groupVersions.flush();
        audit(actor, "policy.group-version-changed", version.id, "POLICY_GROUP_VERSION", version.provinceCode, changes);
        changed.fire(new PolicyChanged("group-version"));
        return view(version, group);
    }

    @Transactional
    public void deleteGroupVersion(UUID id, Actor actor) {
        GroupVersion version = visibleGroupVersion(id, actor);
        requireMayChange(version.provinceCode, actor);
        version.requireUnused();
        requireDraft(version.status, id);
        groupVersions.delete(version);
        groupVersions.flush();
        audit(actor, "policy.group-version-deleted", version.id, "POLICY_GROUP_VERSION", version.provinceCode, List.of(
                change("coefficient", version.coefficient.toPlainString(), null), change("criteria", version.criteria, null),
                change("period", period(version.effectiveFrom, version.effectiveTo), null), change("status", version.status.name(), null)));
        changed.fire(new PolicyChanged("group-version"));
    }

    /** A draft becomes the version in force from its date; the open version before it ends the day before. */
    @Transactional
    public PolicyVersionViews.GroupVersionView activateGroupVersion(UUID id, long expectedVersion, Actor actor) {
        GroupVersion version = visibleGroupVersion(id, actor);
        PolicyGroup group = groups.findById(version.groupId);
        requireMayChange(version.provinceCode, actor);
        Versions.check(expectedVersion, version.version);
        if (version.status == VersionStatus.ACTIVE) {
            throw ProblemException.conflict("policy.version-active", id.toString());
        }
        List<GroupVersion> active = groupVersions.findActiveOfGroup(group.id);
        requireNoOverlap(active, version.id, version.effectiveFrom, version.effectiveTo, true);
        Instant now = clock.instant();
        List<AuditEntry.Change> changes = new ArrayList<>();
        for (GroupVersion previous : active) {
            LocalDate before = previous.effectiveTo;
            previous.closeBefore(version.effectiveFrom, actor.username(), now);
            if (!Objects.equals(before, previous.effectiveTo)) {
                changes.add(change("closed:" + previous.id, period(previous.effectiveFrom, before),
                        period(previous.effectiveFrom, previous.effectiveTo)));
            }
        }
        version.activate(actor.username(), now);
        changes.add(change("status", VersionStatus.DRAFT.name(), VersionStatus.ACTIVE.name()));
        groupVersions.flush();
        audit(actor, "policy.group-version-activated", version.id, "POLICY_GROUP_VERSION", version.provinceCode, changes);
        changed.fire(new PolicyChanged("group-version"));
        return view(version, group);
    }

    // ---- standard levels -------------------------------------------------------------------

    @Transactional
    public PolicyVersionViews.LevelVersionView addLevel(PolicyVersionViews.NewLevelVersion request, Actor actor) {
        FieldErrors errors = new FieldErrors();
        String levelCode = errors.text("levelCode", request.levelCode(), 40, true);
        if (levelCode != null && programmes.findAllInOrder().stream().noneMatch(p -> p.levelCode.equals(levelCode))) {
            errors.add("levelCode", "policy.unknown-level");
        }
        String province = request.provinceCode() == null || request.provinceCode().isBlank() ? null : request.provinceCode().strip();
        LevelValues values = levelValues(errors, request.amountVnd(), request.effectiveFrom(), request.effectiveTo(), request.legalBasis());
        errors.throwIfAny();
        requireMayChange(province, actor);
        LevelVersion version = new LevelVersion(levelCode, province, values.amount, request.effectiveFrom(), request.effectiveTo(),
                values.legalBasis, actor.username(), clock.instant());
        levelVersions.persist(version);
        levelVersions.flush();
        audit(actor, "policy.level-version-added", version.id, "POLICY_LEVEL_VERSION", province, List.of(
                change("levelCode", null, levelCode), change("amountVnd", null, Long.toString(version.amountVnd)),
                change("period", null, period(version.effectiveFrom, version.effectiveTo)), change("legalBasis", null, version.legalBasis)));
        return view(version);
    }

    @Transactional
    public PolicyVersionViews.LevelVersionView changeLevel(UUID id, PolicyVersionViews.LevelChange request, long expectedVersion,
            Actor actor) {
        LevelVersion version = visibleLevel(id, actor);
        requireMayChange(version.provinceCode, actor);
        version.requireUnused();
        Versions.check(expectedVersion, version.version);
        FieldErrors errors = new FieldErrors();
        LevelValues values = levelValues(errors, request.amountVnd(), request.effectiveFrom(), request.effectiveTo(), request.legalBasis());
        errors.throwIfAny();
        if (version.status == VersionStatus.ACTIVE) {
            requireNoOverlap(levelVersions.findActiveOfSeries(version.levelCode, version.provinceCode), version.id,
                    request.effectiveFrom(), request.effectiveTo(), false);
        }
        List<AuditEntry.Change> changes = new ArrayList<>();
        addIfChanged(changes, "amountVnd", Long.toString(version.amountVnd), Long.toString(values.amount));
        addIfChanged(changes, "period", period(version.effectiveFrom, version.effectiveTo), period(request.effectiveFrom(), request.effectiveTo()));
        addIfChanged(changes, "legalBasis", version.legalBasis, values.legalBasis);
        version.change(values.amount, request.effectiveFrom(), request.effectiveTo(), values.legalBasis, actor.username(), clock.instant());
        levelVersions.flush();
        audit(actor, "policy.level-version-changed", version.id, "POLICY_LEVEL_VERSION", version.provinceCode, changes);
        changed.fire(new PolicyChanged("level-version"));
        return view(version);
    }

    @Transactional
    public void deleteLevel(UUID id, Actor actor) {
        LevelVersion version = visibleLevel(id, actor);
        requireMayChange(version.provinceCode, actor);
        version.requireUnused();
        requireDraft(version.status, id);
        levelVersions.delete(version);
        levelVersions.flush();
        audit(actor, "policy.level-version-deleted", version.id, "POLICY_LEVEL_VERSION", version.provinceCode, List.of(
                change("amountVnd", Long.toString(version.amountVnd), null),
                change("period", period(version.effectiveFrom, version.effectiveTo), null), change("status", version.status.name(), null)));
        changed.fire(new PolicyChanged("level-version"));
    }

    @Transactional
    public PolicyVersionViews.LevelVersionView activateLevel(UUID id, long expectedVersion, Actor actor) {
        LevelVersion version = visibleLevel(id, actor);
        requireMayChange(version.provinceCode, actor);
        Versions.check(expectedVersion, version.version);
        if (version.status == VersionStatus.ACTIVE) {
            throw ProblemException.conflict("policy.version-active", id.toString());
        }
        List<LevelVersion> active = levelVersions.findActiveOfSeries(version.levelCode, version.provinceCode);
        requireNoOverlap(active, version.id, version.effectiveFrom, version.effectiveTo, true);
        Instant now = clock.instant();
        List<AuditEntry.Change> changes = new ArrayList<>();
        for (LevelVersion previous : active) {
            LocalDate before = previous.effectiveTo;
            previous.closeBefore(version.effectiveFrom, actor.username(), now);
            if (!Objects.equals(before, previous.effectiveTo)) {
                changes.add(change("closed:" + previous.id, period(previous.effectiveFrom, before),
                        period(previous.effectiveFrom, previous.effectiveTo)));
            }
        }
        version.activate(actor.username(), now);
        changes.add(change("status", VersionStatus.DRAFT.name(), VersionStatus.ACTIVE.name()));
        levelVersions.flush();
        audit(actor, "policy.level-version-activated", version.id, "POLICY_LEVEL_VERSION", version.provinceCode, changes);
        changed.fire(new PolicyChanged("level-version"));
        return view(version);
    }

    // ---- drafts for simulations ----------------------------------------------------------------

    /** A draft group version as the evaluator would use it, with the province it belongs to (null: national). */
    @Transactional(Transactional.TxType.SUPPORTS)
    Draft draft(String kind, UUID id, Actor actor) {
        if ("GROUP".equals(kind)) {
            GroupVersion version = visibleGroupVersion(id, actor);
            return new Draft(cache.compile(version), null, version.provinceCode);
        }
        LevelVersion version = visibleLevel(id, actor);
        return new Draft(null, PolicyCache.level(version), version.provinceCode);
    }

    record Draft(PolicySnapshot.GroupVersion group, PolicySnapshot.Level level, String provinceCode) {
    }

    // ---- rules -------------------------------------------------------------------------------

    /** Only drafts are deleted: an active version is replaced by a newer one (or changed while unused), so periods never gap. */
    private static void requireDraft(VersionStatus status, UUID id) {
        if (status != VersionStatus.DRAFT) {
            throw ProblemException.conflict("policy.version-active", id.toString());
        }
    }

    private record Valid(BigDecimal coefficient, String criteria, String legalBasis) {
    }

    private Valid validate(PolicyVersionViews.NewGroupVersion request, Actor actor) {
        FieldErrors errors = new FieldErrors();
        BigDecimal coefficient = errors.required("coefficient", request.coefficient());
        if (coefficient != null && (coefficient.signum() <= 0 || coefficient.compareTo(new BigDecimal("99.99")) > 0
                || coefficient.stripTrailingZeros().scale() > 2)) {
            errors.add("coefficient", "policy.coefficient");
        }
        checkPeriod(errors, request.effectiveFrom(), request.effectiveTo());
        String legalBasis = errors.text("legalBasis", request.legalBasis(), 200, true);
        String criteria = null;
        if (request.criteria() == null || request.criteria().isEmpty()) {
            errors.add("criteria", "required");
        } else {
            for (int i = 0; i < request.criteria().size(); i++) {
                Map<String, Object> spec = request.criteria().get(i);
                try {
                    Criteria.of(spec == null ? Map.of() : spec, legalBasis == null ? "" : legalBasis);
                } catch (IllegalArgumentException invalid) {
                    errors.add("criteria[" + i + "]", "policy.criterion", invalid.getMessage());
                }
            }
            criteria = cache.write(request.criteria());
        }
        errors.throwIfAny();
        return new Valid(coefficient, criteria, legalBasis);
    }

    private record LevelValues(long amount, String legalBasis) {
    }

    private static LevelValues levelValues(FieldErrors errors, Long amount, LocalDate from, LocalDate to, String legalBasis) {
        errors.required("amountVnd", amount);
        if (amount != null && amount <= 0) {
            errors.add("amountVnd", "policy.amount");
        }
        checkPeriod(errors, from, to);
        String basis = errors.text("legalBasis", legalBasis, 200, true);
        return new LevelValues(amount == null ? 0 : amount, basis);
    }

    private static void checkPeriod(FieldErrors errors, LocalDate from, LocalDate to) {
        errors.required("effectiveFrom", from);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("effectiveTo", "before-valid-from");
        }
    }


    /**
     * Active versions of one series must not overlap: when activating, the open version that began
     * earlier is closed the day before; any other overlap answers 409 {@code policy.version-overlap}.
     */
    private static void requireNoOverlap(List<?> active, UUID self, LocalDate from, LocalDate to, boolean closingAllowed) {
        for (Object row : active) {
            UUID id;
            LocalDate otherFrom;
            LocalDate otherTo;
            if (row instanceof GroupVersion v) {
                id = v.id;
                otherFrom = v.effectiveFrom;
                otherTo = v.effectiveTo;
            } else {
                LevelVersion v = (LevelVersion) row;
                id = v.id;
                otherFrom = v.effectiveFrom;
                otherTo = v.effectiveTo;
            }
            if (id.equals(self)) {
                continue;
            }
            boolean closable = closingAllowed && otherTo == null && otherFrom.isBefore(from);
            if (!closable && vn.ansinh.shared.Periods.overlap(otherFrom, otherTo, from, to)) {
                throw ProblemException.conflict("policy.version-overlap", otherFrom.toString());
            }
        }
    }

    /** National versions need a country scope; a province's own need that province in scope (else 404). */
    private static void requireMayChange(String provinceCode, Actor actor) {
        if (!actor.hasRole(Role.PROVINCE_OFFICER, Role.ADMIN)) {
            throw new ProblemException(403, "auth.forbidden");
        }
        if (provinceCode == null) {
            if (!actor.isCountryScoped()) {
                throw new ProblemException(403, "policy.national-only");
            }
        } else if (!actor.isCountryScoped()) {
            if (!provinceCode.equals(actor.provinceCode())) {
                throw ProblemException.notFound("policy.version-not-found");
            }
            if (actor.scopeLevel() != vn.ansinh.identity.ScopeLevel.PROVINCE) {
                throw new ProblemException(403, "auth.forbidden");
            }
        }
    }

    private static boolean sees(String provinceCode, Actor actor) {
        return provinceCode == null || actor.isCountryScoped() || provinceCode.equals(actor.provinceCode());
    }

    private PolicyGroup visibleGroup(String code, Actor actor) {
        return groups.findByCode(code).filter(g -> sees(g.provinceCode, actor))
                .orElseThrow(() -> ProblemException.notFound("policy.group-not-found", code));
    }

    private GroupVersion visibleGroupVersion(UUID id, Actor actor) {
        return groupVersions.findByIdOptional(id).filter(v -> sees(v.provinceCode, actor))
                .orElseThrow(() -> ProblemException.notFound("policy.version-not-found"));
    }

    private LevelVersion visibleLevel(UUID id, Actor actor) {
        return levelVersions.findByIdOptional(id).filter(v -> sees(v.provinceCode, actor))
                .orElseThrow(() -> ProblemException.notFound("policy.version-not-found"));
    }

    private PolicyVersionViews.GroupVersionView view(GroupVersion v, PolicyGroup group) {
        return new PolicyVersionViews.GroupVersionView(v.id, group.code, v.provinceCode, v.coefficient, cache.parse(v.criteria),
                v.effectiveFrom, v.effectiveTo, v.legalBasis, v.status, v.used, v.version, v.createdBy, v.createdAt);
    }

    private static PolicyVersionViews.LevelVersionView view(LevelVersion v) {
        return new PolicyVersionViews.LevelVersionView(v.id, v.levelCode, v.provinceCode, v.amountVnd, v.effectiveFrom, v.effectiveTo,
                v.legalBasis, v.status, v.used, v.version, v.createdBy, v.createdAt);
    }

    private static String period(LocalDate from, LocalDate to) {
        return from + ".." + (to == null ? "" : to);
    }

    private static AuditEntry.Change change(String field, String before, String after) {
        return new AuditEntry.Change(field, before, after);
    }

    private static void addIfChanged(List<AuditEntry.Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(change(field, before, after));
        }
    }

    private void audit(Actor actor, String action, UUID id, String entity, String provinceCode, List<AuditEntry.Change> changes) {
        audit.record(new AuditEntry(actor.username(), actor.role().name(), action, entity, id,
                provinceCode == null ? NATIONAL_CHAIN : provinceCode, null, changes));
    }
}
