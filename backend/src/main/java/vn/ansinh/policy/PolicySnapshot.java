package vn.ansinh.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.ansinh.shared.Periods;

/**
 * Every programme, group, group version and standard level the evaluator may use, immutable
 * (docs/adr/0013). Built from the database by {@link PolicyCache}, or by hand in tests and the bench.
 * Only ACTIVE versions are evaluated; {@link #withDraft} makes the "what if" snapshot of a simulation.
 */
final class PolicySnapshot {

    record Programme(UUID id, String code, String provinceCode, String nameVi, String nameEn, String legalBasis, String levelCode,
            boolean sample, int sortOrder, List<Group> groups) {
    }

    record Group(UUID id, String code, String programmeCode, String provinceCode, String nameVi, String nameEn, String legalBasis,
            StartRule startRule, Integer startAge, boolean perChild, Combination combination, int sortOrder,
            List<GroupVersion> versions) {

        GroupVersion versionOn(LocalDate on) {
            for (GroupVersion version : versions) {
                if (Periods.contains(version.from(), version.to(), on)) {
                    return version;
                }
            }
            return null;
        }
    }

    record GroupVersion(UUID id, UUID groupId, BigDecimal coefficient, List<Criterion> criteria, LocalDate from, LocalDate to,
            String legalBasis) {
    }

    record Level(UUID id, String levelCode, String provinceCode, long amountVnd, LocalDate from, LocalDate to, String legalBasis) {
    }

    /** The level that applies, and the national and provincial rows it was chosen from (either may be null). */
    record LevelChoice(Level chosen, Level national, Level provincial) {
    }

    private final List<Programme> programmes;
    private final Map<String, Group> groups = new HashMap<>();
    private final Map<String, List<Level>> levels;

    PolicySnapshot(List<Programme> programmes, List<Level> levels) {
        this.programmes = programmes.stream().sorted(Comparator.comparingInt(Programme::sortOrder))
                .map(p -> new Programme(p.id(), p.code(), p.provinceCode(), p.nameVi(), p.nameEn(), p.legalBasis(), p.levelCode(),
                        p.sample(), p.sortOrder(), p.groups().stream().sorted(Comparator.comparingInt(Group::sortOrder))
                                .map(g -> new Group(g.id(), g.code(), g.programmeCode(), g.provinceCode(), g.nameVi(), g.nameEn(),
                                        g.legalBasis(), g.startRule(), g.startAge(), g.perChild(), g.combination(), g.sortOrder(),
                                        g.versions().stream().sorted(Comparator.comparing(GroupVersion::from)).toList()))
                                .toList()))
                .toList();
        this.programmes.forEach(p -> p.groups().forEach(g -> groups.put(g.code(), g)));
        Map<String, List<Level>> byKey = new LinkedHashMap<>();
        levels.stream().sorted(Comparator.comparing(Level::from))
                .forEach(level -> byKey.computeIfAbsent(key(level.levelCode(), level.provinceCode()), k -> new ArrayList<>()).add(level));
        this.levels = byKey;
    }

    private static String key(String levelCode, String provinceCode) {
        return provinceCode == null ? levelCode : levelCode + "|" + provinceCode;
    }

    List<Programme> programmes() {
        return programmes;
    }

    Group group(String code) {
        return groups.get(code);
    }

    /** The programme of a group. */
    Programme programmeOf(Group group) {
        for (Programme programme : programmes) {
            if (programme.code().equals(group.programmeCode())) {
                return programme;
            }
        }
        throw new IllegalStateException("No programme " + group.programmeCode());
    }

    List<Level> levels(String levelCode, String provinceCode) {
        return levels.getOrDefault(key(levelCode, provinceCode), List.of());
    }

    List<Level> allLevels() {
        return levels.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The standard level of a series on a date in a province: the national level, or the province's
     * own when it is higher (domain §2: a province may set a higher level; ADR 0014).
     */
    LevelChoice levelOn(String levelCode, String provinceCode, LocalDate on) {
        Level national = inForce(levels(levelCode, null), on);
        Level provincial = provinceCode == null ? null : inForce(levels(levelCode, provinceCode), on);
        Level chosen = provincial != null && (national == null || provincial.amountVnd() > national.amountVnd()) ? provincial : national;
        return new LevelChoice(chosen, national, provincial);
    }

    private static Level inForce(List<Level> levels, LocalDate on) {
        for (Level level : levels) {
            if (Periods.contains(level.from(), level.to(), on)) {
                return level;
            }
        }
        return null;
    }

    /**
     * This snapshot as it would be if a draft group version applied from {@code from}: the group's
     * versions end the day before, the draft is open-ended from that day.
     */
    PolicySnapshot withDraft(GroupVersion draft, LocalDate from) {
        List<Programme> changed = programmes.stream().map(p -> new Programme(p.id(), p.code(), p.provinceCode(), p.nameVi(), p.nameEn(),
                p.legalBasis(), p.levelCode(), p.sample(), p.sortOrder(), p.groups().stream().map(g -> {
                    if (!g.id().equals(draft.groupId())) {
                        return g;
                    }
                    List<GroupVersion> versions = new ArrayList<>();
                    for (GroupVersion v : g.versions()) {
                        if (v.from().isBefore(from)) {
                            LocalDate to = v.to() == null || !v.to().isBefore(from) ? from.minusDays(1) : v.to();
                            versions.add(new GroupVersion(v.id(), v.groupId(), v.coefficient(), v.criteria(), v.from(), to, v.legalBasis()));
                        }
                    }
                    versions.add(new GroupVersion(draft.id(), draft.groupId(), draft.coefficient(), draft.criteria(), from, null,
                            draft.legalBasis()));
                    return new Group(g.id(), g.code(), g.programmeCode(), g.provinceCode(), g.nameVi(), g.nameEn(), g.legalBasis(),
                            g.startRule(), g.startAge(), g.perChild(), g.combination(), g.sortOrder(), versions);
                }).toList())).toList();
        return new PolicySnapshot(changed, allLevels());
    }

    /** This snapshot as it would be if a draft level applied from {@code from} (same series and province). */
    PolicySnapshot withDraft(Level draft, LocalDate from) {
        List<Level> changed = new ArrayList<>();
        for (Level v : allLevels()) {
            boolean sameSeries = v.levelCode().equals(draft.levelCode()) && java.util.Objects.equals(v.provinceCode(), draft.provinceCode());
            if (!sameSeries) {
                changed.add(v);
            } else if (v.from().isBefore(from)) {
                LocalDate to = v.to() == null || !v.to().isBefore(from) ? from.minusDays(1) : v.to();
                changed.add(new Level(v.id(), v.levelCode(), v.provinceCode(), v.amountVnd(), v.from(), to, v.legalBasis()));
            }
        }
        changed.add(new Level(draft.id(), draft.levelCode(), draft.provinceCode(), draft.amountVnd(), from, null, draft.legalBasis()));
        return new PolicySnapshot(programmes, changed);
    }
}
