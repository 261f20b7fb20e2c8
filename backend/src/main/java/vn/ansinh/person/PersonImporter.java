package vn.ansinh.person;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ansinh.area.AreaService;
import vn.ansinh.area.CommuneRef;
import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.Actor;
import vn.ansinh.person.HouseholdDirectory.HouseholdRef;
import vn.ansinh.person.PersonImportResult.RowError;
import vn.ansinh.shared.FieldError;
import vn.ansinh.shared.FieldErrors;
import vn.ansinh.shared.SqlMarks;
import vn.ansinh.shared.Uuids;
import vn.ansinh.shared.VietnameseText;

/**
 * The bulk write of people for imports: each row validated with the same rules as the API, then
 * the new people written with JDBC batches (people, name words, audit) in the caller's transaction.
 * A row is the same person as one stored when it has the same identity number, or the same
 * household (or, without one, the same commune), folded name and birth date: it is then unchanged.
 */
@ApplicationScoped
class PersonImporter {

    private static final int CHUNK = 1_000;

    @Inject
    DataSource dataSource;

    @Inject
    AreaService areas;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    private record Row(PersonImport source, CommuneRef commune, HouseholdRef household, RelationToHead relation,
            NationalId nationalId, PersonName name, BirthDate birth, Sex sex, String ethnicGroupCode, String phone) {

        String sameKey() {
            return (household == null ? "c:" + commune.code() : "h:" + household.id()) + "|" + name.folded() + "|" + birth.iso();
        }
    }

    PersonImportResult importPeople(List<PersonImport> imports, Map<UUID, HouseholdRef> households,
            Map<String, String> ethnicGroupCodesByName, Set<String> ethnicGroupCodes, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<RowError> problems = new ArrayList<>();
        List<Row> valid = new ArrayList<>();
        for (PersonImport source : imports) {
            FieldErrors errors = new FieldErrors();
            Row row = validate(source, households, ethnicGroupCodesByName, ethnicGroupCodes, actor, today, errors);
            if (row == null) {
                for (FieldError error : errors.errors()) {
                    problems.add(new RowError(source.line(), error.field(), error.code(), List.of(errors.argsOf(error))));
                }
            } else {
                valid.add(row);
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            Map<String, String[]> byNationalId = existingNationalIds(connection,
                    valid.stream().filter(r -> r.nationalId() != null).map(r -> r.nationalId().value()).toList());
            Set<String> sameKeys = existingKeys(connection, valid);
            Set<String> seenNationalIds = new HashSet<>();
            Set<UUID> headsTaken = new HashSet<>();
            households.values().stream().filter(h -> h.headPersonId() != null).forEach(h -> headsTaken.add(h.id()));
            List<Row> fresh = new ArrayList<>();
            int unchanged = 0;
            for (Row row : valid) {
                if (row.nationalId() != null) {
                    String[] existing = byNationalId.get(row.nationalId().value());
                    if (existing != null && !existing[0].equals(row.commune().code())) {
                        problems.add(new RowError(row.source().line(), "nationalId", "person.national-id-exists", List.of()));
                        continue;
                    }
                    if (existing != null || !seenNationalIds.add(row.nationalId().value())) {
                        unchanged++;
                        continue;
                    }
                }
                if (!sameKeys.add(row.sameKey())) {
                    unchanged++;
                    continue;
                }
                if (row.relation() == RelationToHead.HEAD && !headsTaken.add(row.household().id())) {
                    problems.add(new RowError(row.source().line(), "relationToHead", "household.head-exists", List.of()));
                    continue;
                }
                fresh.add(row);
            }
            Map<UUID, UUID> newHeads = insert(connection, fresh, actor);
            return new PersonImportResult(fresh.size(), unchanged, problems, newHeads);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the imported people", e);
        }
    }

    private Row validate(PersonImport source, Map<UUID, HouseholdRef> households, Map<String, String> ethnicGroupsByName,
            Set<String> ethnicGroupCodes, Actor actor, LocalDate today, FieldErrors errors) {
        CommuneRef commune = null;
        if (source.communeCode() == null || source.communeCode().isBlank()) {
            errors.add("communeCode", "required");
        } else {
            Optional<CommuneRef> found = areas.findCommune(source.communeCode().strip(), today);
            if (found.isEmpty()) {
                errors.add("communeCode", "area.unknown-commune");
            } else if (!actor.canSee(found.get().provinceCode(), found.get().code())) {
                errors.add("communeCode", "area.out-of-scope");
            } else {
                commune = found.get();
            }
        }
        HouseholdRef household = null;
        boolean hasHouseholdCode = source.householdCode() != null && !source.householdCode().isBlank();
        if (hasHouseholdCode) {
            household = source.householdId() == null ? null : households.get(source.householdId());
            if (household == null) {
                if (commune != null) {
                    errors.add("householdCode", "household.unknown");
                }
            } else if (commune != null && !household.communeCode().equals(commune.code())) {
                errors.add("householdCode", "household.other-commune");
            }
        }
        RelationToHead relation = PersonRules.labelled(errors, "relationToHead", source.relationToHead(), RelationToHead.class,
                PersonRules.RELATION_LABELS, hasHouseholdCode);
        if (!hasHouseholdCode && relation != null) {
            errors.add("relationToHead", "relation.without-household");
        }
        NationalId nationalId = PersonRules.nationalId(errors, "nationalId", source.nationalId());
        PersonName name = PersonRules.name(errors, "fullName", source.fullName());
        BirthDate birth = PersonRules.birthDate(errors, "birthDate", source.birthDate(), today, true);
        Sex sex = PersonRules.labelled(errors, "sex", source.sex(), Sex.class, PersonRules.SEX_LABELS, true);
        PersonRules.consistency(errors, "nationalId", nationalId, sex, birth);
        String ethnicText = source.ethnicGroupCode();
        String byName = ethnicText == null ? null : ethnicGroupsByName.get(VietnameseText.fold(ethnicText));
        String ethnicGroup = byName != null ? byName
                : PersonRules.ethnicGroup(errors, "ethnicGroupCode", ethnicText, ethnicGroupCodes);
        String phone = PersonRules.phone(errors, "phone", source.phone());
        if (!errors.isEmpty()) {
            return null;
        }
        return new Row(source, commune, household, relation, nationalId, name, birth, sex, ethnicGroup, phone);
    }

    /** Holders of these numbers: number → {commune code}. */
    private static Map<String, String[]> existingNationalIds(Connection connection, List<String> numbers) throws SQLException {
        Map<String, String[]> found = new HashMap<>();
        for (List<String> chunk : chunks(numbers)) {
            try (PreparedStatement select = connection.prepareStatement(
                    "select national_id, commune_code from person where national_id in (" + SqlMarks.of(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), new String[] { rows.getString(2) });
                    }
                }
            }
        }
        return found;
    }

    /** The same-person keys already stored for the households and communes these rows name. */
    private static Set<String> existingKeys(Connection connection, List<Row> rows) throws SQLException {
        Set<String> keys = new HashSet<>();
        List<UUID> householdIds = rows.stream().filter(r -> r.household() != null).map(r -> r.household().id()).distinct().toList();
        for (List<UUID> chunk : chunks(householdIds)) {
            try (PreparedStatement select = connection.prepareStatement("select household_id, folded_name, birth_date, "
                    + "birth_date_precision from person where household_id in (" + SqlMarks.of(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setBytes(i + 1, Uuids.bytes(chunk.get(i)));
                }
                try (ResultSet found = select.executeQuery()) {
                    while (found.next()) {
                        keys.add("h:" + Uuids.uuid(found.getBytes(1)) + "|" + found.getString(2) + "|"
                                + BirthDate.stored(found.getDate(3).toLocalDate(), BirthDatePrecision.valueOf(found.getString(4))).iso());
                    }
                }
            }
        }
        Map<CommuneRef, List<String>> loneNamesByCommune = new LinkedHashMap<>();
        rows.stream().filter(r -> r.household() == null).forEach(r -> loneNamesByCommune
                .computeIfAbsent(r.commune(), k -> new ArrayList<>()).add(r.name().folded()));
        for (Map.Entry<CommuneRef, List<String>> commune : loneNamesByCommune.entrySet()) {
            for (List<String> chunk : chunks(commune.getValue().stream().distinct().toList())) {
                try (PreparedStatement select = connection.prepareStatement("select folded_name, birth_date, birth_date_precision "
                        + "from person where province_code = ? and commune_code = ? and folded_name in (" + SqlMarks.of(chunk.size())
                        + ") and household_id is null")) {
                    select.setString(1, commune.getKey().provinceCode());
                    select.setString(2, commune.getKey().code());
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 3, chunk.get(i));
                    }
                    try (ResultSet found = select.executeQuery()) {
                        while (found.next()) {
                            keys.add("c:" + commune.getKey().code() + "|" + found.getString(1) + "|"
                                    + BirthDate.stored(found.getDate(2).toLocalDate(), BirthDatePrecision.valueOf(found.getString(3))).iso());
                        }
                    }
                }
            }
        }
        return keys;
    }

    private Map<UUID, UUID> insert(Connection connection, List<Row> rows, Actor actor) throws SQLException {
        Map<UUID, UUID> newHeads = new HashMap<>();
        if (rows.isEmpty()) {
            return newHeads;
        }
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        List<AuditEntry> entries = new ArrayList<>(rows.size());
        try (PreparedStatement person = connection.prepareStatement("""
                insert into person (id, province_code, commune_code, household_id, relation_to_head, national_id, full_name,
                                    folded_name, birth_date, birth_date_precision, birth_year, sex, ethnic_group_code, phone,
                                    version, created_at, updated_at, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""");
                PreparedStatement word = connection.prepareStatement(
                        "insert into person_name_word (province_code, word, person_id, commune_code, folded_name, birth_year)"
                                + " values (?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                UUID id = Uuids.timeOrdered();
                byte[] idBytes = Uuids.bytes(id);
                String folded = row.name().folded();
                folded = folded.length() > 100 ? folded.substring(0, 100).strip() : folded;
                person.setBytes(1, idBytes);
                person.setString(2, row.commune().provinceCode());
                person.setString(3, row.commune().code());
                person.setBytes(4, row.household() == null ? null : Uuids.bytes(row.household().id()));
                person.setString(5, row.relation() == null ? null : row.relation().name());
                person.setString(6, row.nationalId() == null ? null : row.nationalId().value());
                person.setString(7, row.name().value());
                person.setString(8, folded);
                person.setDate(9, Date.valueOf(row.birth().date()));
                person.setString(10, row.birth().precision().name());
                person.setShort(11, (short) row.birth().year());
                person.setString(12, row.sex().name());
                person.setString(13, row.ethnicGroupCode());
                if (row.phone() == null) {
                    person.setNull(14, Types.VARCHAR);
                } else {
                    person.setString(14, row.phone());
                }
                person.setTimestamp(15, at);
                person.setTimestamp(16, at);
                person.setString(17, actor.username());
                person.setString(18, actor.username());
                person.addBatch();
                for (String w : NameWords.of(folded)) {
                    word.setString(1, row.commune().provinceCode());
                    word.setString(2, w);
                    word.setBytes(3, idBytes);
                    word.setString(4, row.commune().code());
                    word.setString(5, folded);
                    word.setShort(6, (short) row.birth().year());
                    word.addBatch();
                }
                if (row.relation() == RelationToHead.HEAD) {
                    newHeads.put(row.household().id(), id);
                }
                Changes changes = new Changes().field("communeCode", null, row.commune().code())
                        .field("householdId", null, row.household() == null ? null : row.household().id())
                        .field("relationToHead", null, row.relation()).field("nationalId", null, row.nationalId())
                        .field("fullName", null, row.name()).field("birthDate", null, row.birth().iso())
                        .field("sex", null, row.sex()).field("ethnicGroupCode", null, row.ethnicGroupCode())
                        .field("phone", null, row.phone()).field("importLine", null, row.source().line());
                entries.add(new AuditEntry(actor.username(), actor.role().name(), "person.imported", PersonService.ENTITY, id,
                        row.commune().provinceCode(), row.commune().code(), changes.list()));
            }
            person.executeBatch();
            word.executeBatch();
        }
        audit.recordAll(entries);
        return newHeads;
    }

    private static <T> List<List<T>> chunks(Collection<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> all = new ArrayList<>(items);
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

}
