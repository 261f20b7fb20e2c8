package vn.ansinh.bulkimport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Imports one batch of rows in one transaction: the rows themselves, their problems and the
 * job's progress commit together or not at all. A crash therefore loses at most the batch in
 * flight, which the resumed job imports again from its first line.
 */
@ApplicationScoped
class ImportBatchWriter {

    @Inject
    ImportJobRepository jobs;

    @Inject
    RowSink sink;

    @Inject
    Clock clock;

    @Transactional
    void write(UUID jobId, ImportPart part, List<SourceRow> rows, RowMapper mapper, ImportActorInfo uploader) {
        List<RowIssue> issues = new ArrayList<>();
        List<RowMapper.HouseholdLine> households = new ArrayList<>();
        List<RowMapper.PersonLine> people = new ArrayList<>();
        for (SourceRow row : rows) {
            if (part == ImportPart.HOUSEHOLDS) {
                RowMapper.HouseholdLine line = mapper.household(row, issues);
                if (line != null) {
                    households.add(line);
                }
            } else {
                RowMapper.PersonLine line = mapper.person(row, issues);
                if (line != null) {
                    people.add(line);
                }
            }
        }
        RowSink.Outcome outcome = households.isEmpty() && people.isEmpty() ? new RowSink.Outcome(0, 0, List.of())
                : sink.write(households, people, uploader, part);
        issues.addAll(outcome.issues());
        jobs.insertIssues(jobId, issues);
        Set<Integer> failedLines = new HashSet<>();
        issues.forEach(issue -> failedLines.add(issue.line()));
        int failed = failedLines.size();
        // Every row is accounted for once: refused, or else stored or unchanged as the household feature says.
        int unchanged = Math.max(0, Math.min(outcome.unchanged(), rows.size() - failed));
        int stored = rows.size() - failed - unchanged;
        ImportJob job = jobs.findById(jobId);
        job.advance(part, rows.get(rows.size() - 1).line(), rows.size(), stored, unchanged, failed, clock.instant());
    }
}
