package vn.ansinh.area;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.FieldErrors;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.VietnameseText;
import vn.ansinh.shared.Versions;

/** The villages each commune keeps, and the attributes provinces give them over time. */
@ApplicationScoped
public class VillageService {

    static final String ENTITY = "VILLAGE";

    @Inject
    VillageRepository villages;

    @Inject
    VillageAttributeRepository attributes;

    @Inject
    AreaService areas;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VillageView> list(String communeCode, Actor actor) {
        CommuneRef commune = visibleCommune(communeCode == null && actor.isCommuneScoped() ? actor.communeCode() : communeCode,
                "communeCode", actor);
        return views(villages.findInCommune(commune.code()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VillageView get(UUID id, Actor actor) {
        return views(List.of(visible(id, actor))).get(0);
    }

    @Transactional
    public VillageView create(VillageRequests.NewVillage request, Actor actor) {
        FieldErrors errors = new FieldErrors();
        String communeCode = errors.text("communeCode", request.communeCode(), 5, true);
        String name = errors.text("name", request.name(), 100, true);
        errors.throwIfAny();
        CommuneRef commune = visibleCommune(communeCode, "communeCode", actor);
        requireWriter(actor);
        if (villages.findInCommuneByFoldedName(commune.code(), VietnameseText.fold(name)).isPresent()) {
            throw ProblemException.conflict("village.name-exists", name);
        }
        Village village = new Village(commune.provinceCode(), commune.code(), name, actor.username(), clock.instant());
        villages.persist(village);
        villages.flush();
        audit.record(entry(actor, "village.created", village, List.of(new AuditEntry.Change("name", null, village.name))));
        return views(List.of(village)).get(0);
    }

    @Transactional
    public VillageView rename(UUID id, VillageRequests.VillageRename request, long expectedVersion, Actor actor) {
        Village village = visible(id, actor);
        requireWriter(actor);
        Versions.check(expectedVersion, village.version);
        FieldErrors errors = new FieldErrors();
        String name = errors.text("name", request.name(), 100, true);
        errors.throwIfAny();
        String folded = VietnameseText.fold(name);
        Optional<Village> sameName = villages.findInCommuneByFoldedName(village.communeCode, folded);
        if (sameName.isPresent() && !sameName.get().id.equals(village.id)) {
            throw ProblemException.conflict("village.name-exists", name);
        }
        String before = village.name;
        village.rename(name);
        villages.flush();
        audit.record(entry(actor, "village.renamed", village, List.of(new AuditEntry.Change("name", before, village.name))));
        return views(List.of(village)).get(0);
    }

    @Transactional
    public VillageView addAttribute(UUID id, VillageRequests.NewVillageAttribute request, Actor actor) {
        Village village = visible(id, actor);
        if (!actor.hasRole(Role.PROVINCE_OFFICER, Role.ADMIN)) {
            throw new ProblemException(403, "auth.forbidden");
        }
        FieldErrors errors = new FieldErrors();
        errors.required("kind", request.kind());
        errors.required("validFrom", request.validFrom());
        String decision = errors.text("decisionNumber", request.decisionNumber(), 60, true);
        if (request.validFrom() != null && request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            errors.add("validTo", "before-valid-from");
        }
        errors.throwIfAny();
        List<VillageAttribute> sameKind = attributes.findOfVillageAndKind(village.id, request.kind());
        for (VillageAttribute existing : sameKind) {
            // An open period that started earlier ends the day before the new one; anything else overlapping is refused.
            boolean closable = existing.validTo == null && existing.validFrom.isBefore(request.validFrom());
            if (!closable && existing.overlaps(request.validFrom(), request.validTo())) {
                throw ProblemException.conflict("village.attribute-overlap", existing.validFrom.toString());
            }
        }
        sameKind.forEach(existing -> existing.closeBefore(request.validFrom()));
        VillageAttribute attribute = new VillageAttribute(village, request.kind(), request.validFrom(), request.validTo(),
                decision, actor.username(), clock.instant());
        attributes.persist(attribute);
        attributes.flush();
        audit.record(entry(actor, "village.attribute-added", village, List.of(
                new AuditEntry.Change("attributes." + request.kind().name(), null,
                        request.validFrom() + ".." + (request.validTo() == null ? "" : request.validTo()) + " " + decision))));
        return views(List.of(village)).get(0);
    }

    /** A village by id, if it exists: for households, which keep the id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VillageRef> find(UUID id) {
        return id == null ? Optional.empty() : villages.findByIdOptional(id).map(VillageService::ref);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, VillageRef> findAll(Collection<UUID> ids) {
        Map<UUID, VillageRef> found = new HashMap<>();
        villages.findWithIds(ids).forEach(village -> found.put(village.id, ref(village)));
        return found;
    }

    /** The kinds of attribute a village has on a date (for eligibility). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VillageAttributeKind> attributesOn(UUID villageId, LocalDate date) {
        return attributes.findOfVillages(List.of(villageId)).stream().filter(a -> a.inForceOn(date)).map(a -> a.kind)
                .distinct().toList();
    }

    /**
     * The ids of a commune's villages by folded name, creating those that do not exist yet
     * (imports name villages; no commune list is complete). Answers every name asked for.
     */
    @Transactional
    public Map<String, UUID> ensureVillages(String communeCode, Collection<String> names, Actor actor) {
        CommuneRef commune = areas.findCommune(communeCode, LocalDate.now(clock))
                .orElseThrow(() -> ProblemException.notFound("area.not-found", communeCode, LocalDate.now(clock).toString()));
        Map<String, UUID> ids = new HashMap<>();
        villages.findInCommune(communeCode).forEach(village -> ids.put(village.foldedName, village.id));
        Map<String, String> missing = new LinkedHashMap<>();
        for (String name : names) {
            String folded = VietnameseText.fold(name);
            if (!folded.isEmpty() && !ids.containsKey(folded)) {
                missing.putIfAbsent(folded, name);
            }
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (String name : missing.values()) {
            Village village = new Village(commune.provinceCode(), commune.code(), name, actor.username(), clock.instant());
            villages.persist(village);
            ids.put(village.foldedName, village.id);
            entries.add(entry(actor, "village.created", village, List.of(new AuditEntry.Change("name", null, village.name))));
        }
        if (!entries.isEmpty()) {
            villages.flush();
            audit.recordAll(entries);
        }
        return ids;
    }

    private Village visible(UUID id, Actor actor) {
        return villages.findByIdOptional(id).filter(village -> actor.canSee(village.provinceCode, village.communeCode))
                .orElseThrow(() -> ProblemException.notFound("village.not-found"));
    }

    private CommuneRef visibleCommune(String communeCode, String field, Actor actor) {
        if (communeCode == null || communeCode.isBlank()) {
            throw ProblemException.invalidField(field, "required");
        }
        LocalDate today = LocalDate.now(clock);
        return areas.findCommune(communeCode.strip(), today).filter(c -> actor.canSee(c.provinceCode(), c.code()))
                .orElseThrow(() -> ProblemException.notFound("area.not-found", communeCode, today.toString()));
    }

    private static void requireWriter(Actor actor) {
        if (!actor.hasRole(Role.SOCIAL_WORKER, Role.ADMIN)) {
            throw new ProblemException(403, "auth.forbidden");
        }
    }

    private List<VillageView> views(List<Village> found) {
        Map<UUID, List<VillageView.VillageAttributeView>> byVillage = new HashMap<>();
        for (VillageAttribute attribute : attributes.findOfVillages(found.stream().map(v -> v.id).toList())) {
            byVillage.computeIfAbsent(attribute.villageId, k -> new ArrayList<>()).add(new VillageView.VillageAttributeView(
                    attribute.kind, attribute.validFrom, attribute.validTo, attribute.decisionNumber));
        }
        return found.stream().map(village -> new VillageView(village.id, village.communeCode, village.name,
                byVillage.getOrDefault(village.id, List.of()), village.version)).toList();
    }

    private static VillageRef ref(Village village) {
        return new VillageRef(village.id, village.provinceCode, village.communeCode, village.name);
    }

    private static AuditEntry entry(Actor actor, String action, Village village, List<AuditEntry.Change> changes) {
        return new AuditEntry(actor.username(), actor.role().name(), action, ENTITY, village.id, village.provinceCode,
                village.communeCode, changes);
    }
}
