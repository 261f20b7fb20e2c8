package vn.ansinh.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.FieldErrors;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.VietnameseText;

/**
 * Dated attributes of communes and villages (especially difficult ethnic-minority and mountainous
 * areas) as eligibility reads them, and the province's import of the official list.
 */
@ApplicationScoped
public class AreaAttributeService {

    @Inject
    CommuneAttributeRepository communeAttributes;

    @Inject
    VillageAttributeRepository villageAttributes;

    @Inject
    VillageRepository villages;

    @Inject
    AreaService areas;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    static final int MAX_ROWS = 5_000;

    /** Every period of every attribute of these communes, by commune code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<AreaAttributePeriod>> ofCommunes(Collection<String> communeCodes) {
        Map<String, List<AreaAttributePeriod>> found = new HashMap<>();
        List<String> codes = communeCodes.stream().filter(Objects::nonNull).distinct().toList();
        communeAttributes.findOfCommunes(codes).forEach(a -> found.computeIfAbsent(a.communeCode, k -> new ArrayList<>())
                .add(new AreaAttributePeriod("COMMUNE", a.kind, a.validFrom, a.validTo, a.decisionNumber)));
        return found;
    }

    /** Every period of every attribute of these villages, by village id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<AreaAttributePeriod>> ofVillages(Collection<UUID> villageIds) {
        Map<UUID, List<AreaAttributePeriod>> found = new HashMap<>();
        List<UUID> ids = villageIds.stream().filter(Objects::nonNull).distinct().toList();
        villageAttributes.findOfVillages(ids).forEach(a -> found.computeIfAbsent(a.villageId, k -> new ArrayList<>())
                .add(new AreaAttributePeriod("VILLAGE", a.kind, a.validFrom, a.validTo, a.decisionNumber)));
        return found;
    }

    // ---- the official list, imported by the province ----------------------------------------

    /**
     * Imports the official list of a decision (e.g. QĐ 861/QĐ-TTg, QĐ 612/QĐ-UBDT): a CSV with the
     * columns {@code communeCode,villageName}; an empty village name flags the whole commune. All
     * rows or none: every bad row is reported as {@code lines[N].column} (N: the file's line) and
     * nothing changes. The open period of the same kind that began earlier ends the day before.
     */
    @Transactional
    public AreaAttributeImport importList(String csv, VillageAttributeKind kind, String decisionNumber, LocalDate validFrom,
            LocalDate validTo, Actor actor) {
        if (!actor.hasRole(Role.PROVINCE_OFFICER, Role.ADMIN) || actor.isCommuneScoped()) {
            throw new ProblemException(403, "auth.forbidden");
        }
        FieldErrors errors = new FieldErrors();
        VillageAttributeKind attribute = kind == null ? VillageAttributeKind.ESPECIALLY_DIFFICULT : kind;
        String decision = errors.text("decisionNumber", decisionNumber, 60, true);
        errors.required("validFrom", validFrom);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            errors.add("validTo", "before-valid-from");
        }
        if (csv == null || csv.isBlank()) {
            errors.add("file", "area-attribute.empty");
        }
        errors.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = parse(csv, errors);
        Set<String> seen = new HashSet<>();
        Map<String, CommuneRef> communes = new HashMap<>();
        for (Row row : rows) {
            String prefix = "lines[" + row.line + "].";
            Optional<CommuneRef> commune = areas.findCommune(row.communeCode, validFrom).or(() -> areas.findCommune(row.communeCode, today));
            if (commune.isEmpty()) {
                errors.add(prefix + "communeCode", "area.unknown-commune");
                continue;
            }
            if (!actor.canSee(commune.get().provinceCode(), commune.get().code())) {
                errors.add(prefix + "communeCode", "area.out-of-scope");
                continue;
            }
            communes.put(row.communeCode, commune.get());
            String key = row.communeCode + "|" + VietnameseText.fold(row.villageName == null ? "" : row.villageName);
            if (!seen.add(key)) {
                errors.add(prefix + (row.villageName == null ? "communeCode" : "villageName"), "area-attribute.duplicate-row");
            }
        }
        Map<String, Village> villagesByKey = new HashMap<>();
        villages.findInCommunes(communes.keySet()).forEach(v -> villagesByKey.put(v.communeCode + "|" + v.foldedName, v));
        List<Runnable> writes = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        int communeCount = 0;
        int villageCount = 0;
        String periodText = validFrom + ".." + (validTo == null ? "" : validTo) + " " + decision;
        for (Row row : rows) {
            CommuneRef commune = communes.get(row.communeCode);
            if (commune == null) {
                continue;
            }
            String prefix = "lines[" + row.line + "].";
            if (row.villageName == null) {
                List<CommuneAttribute> sameKind = communeAttributes.findOfCommuneAndKind(commune.code(), attribute);
                if (overlapping(sameKind.stream().map(a -> new LocalDate[] { a.validFrom, a.validTo }).toList(), validFrom, validTo)) {
                    errors.add(prefix + "communeCode", "area-attribute.overlap");
                    continue;
                }
                communeCount++;
                writes.add(() -> {
                    sameKind.forEach(a -> a.closeBefore(validFrom));
                    communeAttributes.persist(new CommuneAttribute(commune, attribute, validFrom, validTo, decision, actor.username(),
                            clock.instant()));
                });
                entries.add(new AuditEntry(actor.username(), actor.role().name(), "area.commune-attribute-imported", "COMMUNE",
                        communeEntityId(commune.code()),
                        commune.provinceCode(), commune.code(), List.of(new AuditEntry.Change("attributes." + attribute.name(), null,
                                periodText))));
            } else {
                Village village = villagesByKey.get(commune.code() + "|" + VietnameseText.fold(row.villageName));
                if (village == null) {
                    errors.add(prefix + "villageName", "area-attribute.unknown-village", row.villageName, commune.code());
                    continue;
                }
                List<VillageAttribute> sameKind = villageAttributes.findOfVillageAndKind(village.id, attribute);
                if (overlapping(sameKind.stream().map(a -> new LocalDate[] { a.validFrom, a.validTo }).toList(), validFrom, validTo)) {
                    errors.add(prefix + "villageName", "area-attribute.overlap");
                    continue;
                }
                villageCount++;
                writes.add(() -> {
                    sameKind.forEach(a -> a.closeBefore(validFrom));
                    villageAttributes.persist(new VillageAttribute(village, attribute, validFrom, validTo, decision, actor.username(),
                            clock.instant()));
                });
                entries.add(new AuditEntry(actor.username(), actor.role().name(), "village.attribute-added", VillageService.ENTITY,
                        village.id, village.provinceCode, village.communeCode, List.of(new AuditEntry.Change(
                                "attributes." + attribute.name(), null, periodText))));
            }
        }
        errors.throwIfAny();
        writes.forEach(Runnable::run);
        villageAttributes.flush();
        audit.recordAll(entries);
        return new AreaAttributeImport(attribute, decision, validFrom, validTo, communeCount, villageCount);
    }

    /** Overlaps another period of the same kind, other than an open one that began earlier (which the new one closes). */
    private static boolean overlapping(List<LocalDate[]> existing, LocalDate from, LocalDate to) {
        for (LocalDate[] period : existing) {
            boolean closable = period[1] == null && period[0].isBefore(from);
            if (!closable && vn.ansinh.shared.Periods.overlap(period[0], period[1], from, to)) {
                return true;
            }
        }
        return false;
    }

    /** Communes are keyed by code; their audit events carry a stable name-based id of the code. */
    static UUID communeEntityId(String communeCode) {
        return UUID.nameUUIDFromBytes(("commune:" + communeCode).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private record Row(int line, String communeCode, String villageName) {
    }

    private static List<Row> parse(String csv, FieldErrors errors) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        char delimiter = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Integer communeColumn = null;
            Integer villageColumn = null;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                int line = (int) parser.getCurrentLineNumber();
                if (communeColumn == null) {
                    List<String> names = cells.stream().map(c -> VietnameseText.fold(c).replace(" ", "")).toList();
                    communeColumn = names.indexOf("communecode");
                    villageColumn = names.indexOf("villagename");
                    if (communeColumn < 0) {
                        errors.add("lines[1]", "area-attribute.header");
                        errors.throwIfAny();
                    }
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    errors.add("file", "area-attribute.too-many-rows", MAX_ROWS);
                    errors.throwIfAny();
                }
                String commune = communeColumn < cells.size() ? cells.get(communeColumn) : "";
                String village = villageColumn >= 0 && villageColumn < cells.size() ? cells.get(villageColumn) : "";
                if (!commune.matches("\\d{5}")) {
                    errors.add("lines[" + line + "].communeCode", "area-attribute.commune-code");
                    continue;
                }
                if (village.length() > 100) {
                    errors.add("lines[" + line + "].villageName", "too-long", 100);
                    continue;
                }
                rows.add(new Row(line, commune, village.isBlank() ? null : VietnameseText.nfc(village)));
            }
            if (communeColumn == null) {
                errors.add("file", "area-attribute.empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException malformed) {
            errors.add("file", "area-attribute.malformed");
        }
        return rows;
    }

    /** Every flagged commune and village of a province with an attribute of this kind in force on a date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AreaAttributeListing> listInProvince(String provinceCode, VillageAttributeKind kind, LocalDate on, Actor actor) {
        if (!actor.isCountryScoped() && !provinceCode.equals(actor.provinceCode())) {
            throw ProblemException.notFound("area.not-found", provinceCode, on.toString());
        }
        List<AreaAttributeListing> found = new ArrayList<>();
        communeAttributes.findOfProvince(provinceCode).stream().filter(a -> a.kind == kind && a.inForceOn(on))
                .filter(a -> actor.canSee(a.provinceCode, a.communeCode))
                .forEach(a -> found.add(new AreaAttributeListing("COMMUNE", a.communeCode, null, null, a.kind, a.validFrom, a.validTo,
                        a.decisionNumber)));
        List<VillageAttribute> villageRows = villageAttributes.findOfProvince(provinceCode).stream().filter(a -> a.kind == kind && a.inForceOn(on))
                .toList();
        Map<UUID, Village> byId = new HashMap<>();
        villages.findWithIds(villageRows.stream().map(a -> a.villageId).distinct().toList()).forEach(v -> byId.put(v.id, v));
        for (VillageAttribute a : villageRows) {
            Village village = byId.get(a.villageId);
            if (village != null && actor.canSee(village.provinceCode, village.communeCode)) {
                found.add(new AreaAttributeListing("VILLAGE", village.communeCode, village.id, village.name, a.kind, a.validFrom, a.validTo,
                        a.decisionNumber));
            }
        }
        return found;
    }
}
