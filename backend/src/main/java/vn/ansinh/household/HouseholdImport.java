package vn.ansinh.household;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ansinh.area.AreaService;
import vn.ansinh.area.CommuneRef;
import vn.ansinh.area.VillageService;
import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Actors;
import vn.ansinh.identity.Role;
import vn.ansinh.person.HouseholdDirectory.HouseholdRef;
import vn.ansinh.person.PersonImport;
import vn.ansinh.person.PersonImportResult;
import vn.ansinh.person.PersonService;
import vn.ansinh.shared.FieldError;
import vn.ansinh.shared.FieldErrors;
import vn.ansinh.shared.Messages;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.Uuids;
import vn.ansinh.shared.VietnameseText;

/**
 * The bulk write behind {@link HouseholdService#importRows}: households first (with the villages
 * they name and their poverty status), then people, whose household codes may name households of
 * the same call. New rows are written with JDBC batches; the audit trail with one chain lock.
 */
@ApplicationScoped
class HouseholdImport {

    private static final Map<String, PovertyStatus> STATUS_LABELS = Map.of("ngheo", PovertyStatus.POOR,
            "ho ngheo", PovertyStatus.POOR, "can ngheo", PovertyStatus.NEAR_POOR, "ho can ngheo", PovertyStatus.NEAR_POOR,
            "khong", PovertyStatus.NONE);

    @Inject
    HouseholdRepository households;

    @Inject
    VillageService villages;

    @Inject
    PersonService people;

    @Inject
    AreaService areas;

    @Inject
    AuditService audit;

    @Inject
    Actors actors;

    @Inject
    Messages messages;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    private record ValidHousehold(int line, CommuneRef commune, String code, String villageName, String address,
            PovertyStatus status, LocalDate validFrom, String decisionNumber) {
    }

    ImportOutcome importRows(List<HouseholdImportRow> householdRows, List<PersonImportRow> personRows, ImportActor importActor) {
        Actor actor = actors.of(importActor.username(), importActor.role(), importActor.scopeLevel(), importActor.scopeCode());
        if (!actor.hasRole(Role.SOCIAL_WORKER, Role.ADMIN, Role.PROVINCE_OFFICER, Role.INTEGRATOR)) {
            throw new ProblemException(403, "auth.forbidden");
        }
        LocalDate today = LocalDate.now(clock);
        List<RowProblem> problems = new ArrayList<>();
        int[] counts = { 0, 0 };
        lockAuditChains(householdRows, personRows, today);
        storeHouseholds(householdRows == null ? List.of() : householdRows, actor, today, problems, counts);
        storePeople(personRows == null ? List.of() : personRows, actor, today, problems, counts);
        problems.sort(Comparator.comparingInt(RowProblem::line));
        return new ImportOutcome(counts[0], counts[1], problems);
    }

    /** The audit chains of every province the rows name, locked first and in order (see AuditService#lockChains). */
    private void lockAuditChains(List<HouseholdImportRow> householdRows, List<PersonImportRow> personRows, LocalDate today) {
        Set<String> communes = new HashSet<>();
        if (householdRows != null) {
            householdRows.forEach(row -> communes.add(row.communeCode() == null ? "" : row.communeCode().strip()));
        }
        if (personRows != null) {
            personRows.forEach(row -> communes.add(row.communeCode() == null ? "" : row.communeCode().strip()));
        }
        Set<String> provinces = new HashSet<>();
        communes.forEach(code -> areas.findCommune(code, today).ifPresent(commune -> provinces.add(commune.provinceCode())));
        audit.lockChains(provinces);
    }

    private void storeHouseholds(List<HouseholdImportRow> rows, Actor actor, LocalDate today, List<RowProblem> problems,
            int[] counts) {
        Map<String, List<ValidHousehold>> byCommune = new LinkedHashMap<>();
        for (HouseholdImportRow row : rows) {
            FieldErrors errors = new FieldErrors();
            ValidHousehold valid = validate(row, actor, today, errors);
            if (valid == null) {
                report(row.line(), errors, problems);
            } else {
                byCommune.computeIfAbsent(valid.commune().code(), k -> new ArrayList<>()).add(valid);
            }
        }
        List<ValidHousehold> fresh = new ArrayList<>();
        Map<ValidHousehold, UUID> villageOf = new HashMap<>();
        List<String> keys = new ArrayList<>();
        byCommune.forEach((commune, list) -> list.forEach(h -> keys.add(commune + "|" + h.code())));
        Set<String> seen = new HashSet<>(households.findRefsByKeys(keys.stream().distinct().toList()).keySet());
        Map<String, Set<String>> villageNames = new LinkedHashMap<>();
        for (Map.Entry<String, List<ValidHousehold>> commune : byCommune.entrySet()) {
            for (ValidHousehold household : commune.getValue()) {
                if (seen.add(commune.getKey() + "|" + household.code())) {
                    fresh.add(household);
                    if (household.villageName() != null) {
                        villageNames.computeIfAbsent(commune.getKey(), k -> new HashSet<>()).add(household.villageName());
                    }
                } else {
                    counts[1]++;
                }
            }
        }
        Map<String, UUID> villageIds = villages.ensureVillages(villageNames, actor);
        for (ValidHousehold household : fresh) {
            if (household.villageName() != null) {
                villageOf.put(household, villageIds.get(household.commune().code() + "|" + VietnameseText.fold(household.villageName())));
            }
        }
        if (!fresh.isEmpty()) {
            insert(fresh, villageOf, actor);
            counts[0] += fresh.size();
        }
    }

    private ValidHousehold validate(HouseholdImportRow row, Actor actor, LocalDate today, FieldErrors errors) {
        CommuneRef commune = commune(row.communeCode(), actor, today, errors);
        String code = errors.text("householdCode", row.householdCode(), 20, true);
        if (code != null && !HouseholdService.CODE.matcher(code).matches()) {
            errors.add("householdCode", "pattern");
        }
        String village = errors.text("villageName", row.villageName(), 100, false);
        String address = errors.text("address", row.address(), 200, true);
        PovertyStatus status = null;
        if (row.povertyStatus() != null && !row.povertyStatus().isBlank()) {
            status = STATUS_LABELS.get(VietnameseText.fold(row.povertyStatus()));
            if (status == null) {
                try {
                    status = PovertyStatus.valueOf(row.povertyStatus().strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    errors.add("povertyStatus", "unknown-value", "Nghèo, Cận nghèo, Không (POOR, NEAR_POOR, NONE)");
                }
            }
            if (row.povertyValidFrom() == null) {
                errors.add("povertyValidFrom", "required");
            } else if (row.povertyValidFrom().isAfter(today)) {
                errors.add("povertyValidFrom", "past-or-present");
            } else if (row.povertyValidFrom().getYear() < 1900) {
                errors.add("povertyValidFrom", "date.too-early", 1900);
            }
        }
        String decision = errors.text("povertyDecisionNumber", row.povertyDecisionNumber(), 60, false);
        if (!errors.isEmpty()) {
            return null;
        }
        return new ValidHousehold(row.line(), commune, code, village, address, status, row.povertyValidFrom(), decision);
    }

    private CommuneRef commune(String communeCode, Actor actor, LocalDate today, FieldErrors errors) {
        if (communeCode == null || communeCode.isBlank()) {
            errors.add("communeCode", "required");
            return null;
        }
        Optional<CommuneRef> found = areas.findCommune(communeCode.strip(), today);
        if (found.isEmpty()) {
            errors.add("communeCode", "area.unknown-commune");
            return null;
        }
        if (!actor.canSee(found.get().provinceCode(), found.get().code())) {
            errors.add("communeCode", "area.out-of-scope");
            return null;
        }
        return found.get();
    }

    private void insert(List<ValidHousehold> fresh, Map<ValidHousehold, UUID> villageOf, Actor actor) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        List<AuditEntry> entries = new ArrayList<>(fresh.size());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement household = connection.prepareStatement("""
                        insert into household (id, code, province_code, commune_code, village_id, address, version,
                                               created_at, updated_at, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""");
                PreparedStatement status = connection.prepareStatement("""
                        insert into household_poverty_status (id, household_id, province_code, status, valid_from,
                                                              decision_number, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            boolean anyStatus = false;
            for (ValidHousehold row : fresh) {
                UUID id = Uuids.timeOrdered();
                UUID village = villageOf.get(row);
                household.setBytes(1, Uuids.bytes(id));
                household.setString(2, row.code());
                household.setString(3, row.commune().provinceCode());
                household.setString(4, row.commune().code());
                household.setBytes(5, Uuids.bytes(village));
                household.setString(6, row.address());
                household.setTimestamp(7, at);
                household.setTimestamp(8, at);
                household.setString(9, actor.username());
                household.setString(10, actor.username());
                household.addBatch();
                List<AuditEntry.Change> changes = new ArrayList<>(List.of(change("code", row.code()),
                        change("communeCode", row.commune().code()), change("address", row.address()),
                        change("importLine", Integer.toString(row.line()))));
                if (village != null) {
                    changes.add(change("villageId", village.toString()));
                }
                if (row.status() != null) {
                    status.setBytes(1, Uuids.bytes(Uuids.timeOrdered()));
                    status.setBytes(2, Uuids.bytes(id));
                    status.setString(3, row.commune().provinceCode());
                    status.setString(4, row.status().name());
                    status.setDate(5, Date.valueOf(row.validFrom()));
                    status.setString(6, row.decisionNumber());
                    status.setString(7, actor.username());
                    status.setTimestamp(8, at);
                    status.addBatch();
                    anyStatus = true;
                    changes.add(change("povertyStatus", row.status() + " [" + row.validFrom() + "..]"
                            + (row.decisionNumber() == null ? "" : " " + row.decisionNumber())));
                }
                entries.add(new AuditEntry(actor.username(), actor.role().name(), "household.imported", HouseholdService.ENTITY,
                        id, row.commune().provinceCode(), row.commune().code(), changes));
            }
            household.executeBatch();
            if (anyStatus) {
                status.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the imported households", e);
        }
        audit.recordAll(entries);
    }

    private void storePeople(List<PersonImportRow> rows, Actor actor, LocalDate today, List<RowProblem> problems, int[] counts) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>();
        for (PersonImportRow row : rows) {
            if (row.communeCode() != null && row.householdCode() != null && !row.householdCode().isBlank()) {
                keys.add(row.communeCode().strip() + "|" + row.householdCode().strip());
            }
        }
        Map<String, HouseholdRef> byKey = households.findRefsByKeys(keys.stream().distinct().toList());
        Map<String, UUID> idByCommuneAndCode = new HashMap<>();
        Map<UUID, HouseholdRef> refs = new HashMap<>();
        byKey.forEach((key, household) -> {
            idByCommuneAndCode.put(key, household.id());
            refs.put(household.id(), household);
        });
        List<PersonImport> imports = new ArrayList<>(rows.size());
        for (PersonImportRow row : rows) {
            UUID householdId = row.communeCode() == null || row.householdCode() == null ? null
                    : idByCommuneAndCode.get(row.communeCode().strip() + "|" + row.householdCode().strip());
            imports.add(new PersonImport(row.line(), row.communeCode(), row.householdCode(), householdId, row.relationToHead(),
                    row.nationalId(), row.fullName(), row.birthDate(), row.sex(), row.ethnicGroupCode(), row.phone()));
        }
        PersonImportResult result = people.importPeople(imports, refs, actor);
        counts[0] += result.stored();
        counts[1] += result.unchanged();
        for (PersonImportResult.RowError error : result.problems()) {
            problems.add(new RowProblem(error.line(), error.field(), error.code(), message(error.code(), error.args().toArray())));
        }
        if (!result.newHeads().isEmpty()) {
            setHeads(result.newHeads(), actor);
        }
    }

    private void setHeads(Map<UUID, UUID> heads, Actor actor) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        update household set head_person_id = ?, version = version + 1, updated_at = ?, updated_by = ?
                        where id = ? and head_person_id is null""")) {
            Timestamp at = Timestamp.from(clock.instant());
            for (Map.Entry<UUID, UUID> head : heads.entrySet()) {
                update.setBytes(1, Uuids.bytes(head.getValue()));
                update.setTimestamp(2, at);
                update.setString(3, actor.username());
                update.setBytes(4, Uuids.bytes(head.getKey()));
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the heads of the imported households", e);
        }
    }

    private void report(int line, FieldErrors errors, List<RowProblem> problems) {
        for (FieldError error : errors.errors()) {
            problems.add(new RowProblem(line, error.field(), error.code(), message(error.code(), errors.argsOf(error))));
        }
    }

    /** The Vietnamese text of a row problem: files are read by Vietnamese staff. */
    private String message(String code, Object... args) {
        String text = messages.text(Messages.VIETNAMESE, "field." + code, args);
        if (text == null) {
            text = messages.text(Messages.VIETNAMESE, "problem." + code + ".title", args);
        }
        return text == null ? code : text;
    }

    private static AuditEntry.Change change(String field, String after) {
        return new AuditEntry.Change(field, null, after);
    }
}
