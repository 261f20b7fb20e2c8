package vn.ansinh.bulkimport;

import java.util.List;

/** Where mapped rows go: the household feature's bulk write. One call per batch, inside the batch's transaction. */
interface RowSink {

    record Outcome(int stored, int unchanged, List<RowIssue> issues) {
    }

    Outcome write(List<RowMapper.HouseholdLine> households, List<RowMapper.PersonLine> people, ImportActorInfo uploader,
            ImportPart part);
}
