package vn.ansinh.household;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Households: registration, members, poverty status history, and the bulk write that imports use. */
@ApplicationScoped
public class HouseholdService {

    /**
     * Stores imported households and people in JDBC batches, in one transaction per call. Rows are
     * independent: a bad row is reported in the outcome and the others stored. Idempotent: a row
     * already stored (same household code in the commune; same national id, or same household +
     * name + birth date) counts as unchanged. Villages unknown in the commune are created.
     */
    @Transactional
    public ImportOutcome importRows(List<HouseholdImportRow> households, List<PersonImportRow> people, ImportActor actor) {
        throw new UnsupportedOperationException("importRows: coming in the next commit");
    }
}
