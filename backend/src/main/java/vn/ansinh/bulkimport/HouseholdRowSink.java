package vn.ansinh.bulkimport;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ansinh.household.HouseholdImportRow;
import vn.ansinh.household.HouseholdService;
import vn.ansinh.household.ImportActor;
import vn.ansinh.household.ImportOutcome;
import vn.ansinh.household.PersonImportRow;
import vn.ansinh.household.RowProblem;
import vn.ansinh.identity.Role;
import vn.ansinh.identity.ScopeLevel;

/** The household feature's bulk write ({@link HouseholdService#importRows}), joined to the batch's transaction. */
@ApplicationScoped
class HouseholdRowSink implements RowSink {

    @Inject
    HouseholdService households;

    @Override
    public Outcome write(List<RowMapper.HouseholdLine> householdLines, List<RowMapper.PersonLine> personLines,
            ImportActorInfo uploader, ImportPart part) {
        List<HouseholdImportRow> householdRows = householdLines.stream().map(h -> new HouseholdImportRow(h.line(),
                h.householdCode(), h.communeCode(), h.villageName(), h.address(), h.povertyStatus(), h.povertyValidFrom(),
                h.povertyDecisionNumber())).toList();
        List<PersonImportRow> personRows = personLines.stream().map(p -> new PersonImportRow(p.line(), p.householdCode(),
                p.communeCode(), p.relationToHead(), p.nationalId(), p.fullName(), p.birthDate(), p.sex(), p.ethnicGroupCode(),
                p.phone())).toList();
        ImportOutcome outcome = households.importRows(householdRows, personRows, actor(uploader));
        List<RowIssue> issues = new ArrayList<>(outcome.problems().size());
        for (RowProblem problem : outcome.problems()) {
            issues.add(new RowIssue(part, problem.line(), problem.field(), problem.code(),
                    problem.message() == null ? problem.code() : problem.message()));
        }
        return new Outcome(outcome.stored(), outcome.unchanged(), issues);
    }

    static ImportActor actor(ImportActorInfo uploader) {
        return new ImportActor(uploader.username(), Role.valueOf(uploader.role()), ScopeLevel.valueOf(uploader.scopeLevel()),
                uploader.scopeCode());
    }
}
