package vn.ansinh.household;

import java.util.List;

/** What an import call did: rows stored, rows already there (unchanged), and rows refused with why. */
public record ImportOutcome(int stored, int unchanged, List<RowProblem> problems) {

    public ImportOutcome {
        problems = List.copyOf(problems);
    }
}
