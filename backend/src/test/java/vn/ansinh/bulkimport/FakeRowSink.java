package vn.ansinh.bulkimport;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** TEMPORARY until the household feature's importRows lands: remembers rows by key. */
@Alternative
@Priority(1)
@ApplicationScoped
class FakeRowSink implements RowSink {

    final Set<String> seen = ConcurrentHashMap.newKeySet();

    @Override
    public Outcome write(List<RowMapper.HouseholdLine> households, List<RowMapper.PersonLine> people, ImportActorInfo uploader,
            ImportPart part) {
        int stored = 0;
        int unchanged = 0;
        for (var h : households) {
            if (seen.add("H" + h.communeCode() + h.householdCode())) stored++; else unchanged++;
        }
        for (var p : people) {
            if (seen.add("P" + p.fullName() + p.birthDate())) stored++; else unchanged++;
        }
        return new Outcome(stored, unchanged, List.of());
    }
}
