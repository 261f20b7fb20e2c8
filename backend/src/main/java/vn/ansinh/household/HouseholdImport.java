package vn.ansinh.household;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** The bulk write behind {@link HouseholdService#importRows}. */
@ApplicationScoped
class HouseholdImport {

    ImportOutcome importRows(List<HouseholdImportRow> householdRows, List<PersonImportRow> personRows, ImportActor actor) {
        throw new UnsupportedOperationException("importRows: coming in the next commit");
    }
}
