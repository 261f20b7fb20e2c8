package vn.ansinh.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The policy snapshot the evaluator uses, kept in memory (docs/adr/0013): loaded once, dropped when
 * an administrator's change commits, reloaded by the next evaluation. Several instances each keep
 * their own copy; a change made on another instance is seen after {@code ansinh.policy.cache-ttl}.
 */
@ApplicationScoped
class PolicyCache {

    private static final TypeReference<List<Map<String, Object>>> CRITERIA = new TypeReference<>() {
    };
    /** Another instance's change is seen at the latest after this long. */
    private static final long TTL_MILLIS = 60_000;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    PolicyGroupRepository groups;

    @Inject
    GroupVersionRepository groupVersions;

    @Inject
    LevelVersionRepository levelVersions;

    @Inject
    ObjectMapper json;

    private final AtomicReference<Loaded> current = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();

    private record Loaded(PolicySnapshot snapshot, long generation, long loadedAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    PolicySnapshot snapshot() {
        Loaded loaded = current.get();
        long now = System.currentTimeMillis();
        if (loaded != null && loaded.generation == generation.get() && now - loaded.loadedAt < TTL_MILLIS) {
            return loaded.snapshot;
        }
        long startedAt = generation.get();
        PolicySnapshot fresh = load();
        current.set(new Loaded(fresh, startedAt, now));
        return fresh;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PolicyChanged change) {
        generation.incrementAndGet();
    }

    PolicySnapshot load() {
        Map<UUID, List<PolicySnapshot.GroupVersion>> versionsByGroup = new HashMap<>();
        for (GroupVersion version : groupVersions.findActive()) {
            versionsByGroup.computeIfAbsent(version.groupId, k -> new ArrayList<>()).add(compile(version));
        }
        Map<UUID, Programme> programmeById = new HashMap<>();
        programmes.findAllInOrder().forEach(p -> programmeById.put(p.id, p));
        Map<UUID, List<PolicySnapshot.Group>> groupsByProgramme = new HashMap<>();
        for (PolicyGroup group : groups.findAllInOrder()) {
            groupsByProgramme.computeIfAbsent(group.programmeId, k -> new ArrayList<>())
                    .add(group(group, programmeById.get(group.programmeId).code, versionsByGroup.getOrDefault(group.id, List.of())));
        }
        List<PolicySnapshot.Programme> programmeList = programmeById.values().stream()
                .map(p -> new PolicySnapshot.Programme(p.id, p.code, p.provinceCode, p.nameVi, p.nameEn, p.legalBasis, p.levelCode,
                        p.sample, p.sortOrder, groupsByProgramme.getOrDefault(p.id, List.of())))
                .toList();
        List<PolicySnapshot.Level> levels = levelVersions.findActive().stream().map(PolicyCache::level).toList();
        return new PolicySnapshot(programmeList, levels);
    }

    static PolicySnapshot.Group group(PolicyGroup group, String programmeCode, List<PolicySnapshot.GroupVersion> versions) {
        return new PolicySnapshot.Group(group.id, group.code, programmeCode, group.provinceCode, group.nameVi, group.nameEn,
                group.legalBasis, group.startRule, group.startAge, group.perChild, group.combination, group.sortOrder, versions);
    }

    PolicySnapshot.GroupVersion compile(GroupVersion version) {
        return new PolicySnapshot.GroupVersion(version.id, version.groupId, version.coefficient,
                Criteria.of(parse(version.criteria), version.legalBasis), version.effectiveFrom, version.effectiveTo,
                version.legalBasis);
    }

    static PolicySnapshot.Level level(LevelVersion version) {
        return new PolicySnapshot.Level(version.id, version.levelCode, version.provinceCode, version.amountVnd, version.effectiveFrom,
                version.effectiveTo, version.legalBasis);
    }

    List<Map<String, Object>> parse(String criteria) {
        try {
            return json.readValue(criteria, CRITERIA);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("criteria are not a JSON array of objects");
        }
    }

    String write(List<Map<String, Object>> criteria) {
        try {
            return json.writeValueAsString(criteria);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
