package vn.ansinh.policy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sums a simulation's before/after evaluations person by person (pure; one per job, not shared between threads). */
final class SimulationTally {

    private int people;
    private int gainers;
    private int losers;
    private int increased;
    private int decreased;
    private int paidBefore;
    private int paidAfter;
    private long costBefore;
    private long costAfter;
    private final Map<String, long[]> byGroup = new TreeMap<>();
    private final Map<String, long[]> byCommune = new TreeMap<>();

    void add(String communeCode, EligibilityView before, EligibilityView after) {
        people++;
        long b = before.totalMonthlyVnd();
        long a = after.totalMonthlyVnd();
        costBefore += b;
        costAfter += a;
        if (b > 0) {
            paidBefore++;
        }
        if (a > 0) {
            paidAfter++;
        }
        if (b == 0 && a > 0) {
            gainers++;
        } else if (b > 0 && a == 0) {
            losers++;
        } else if (a > b) {
            increased++;
        } else if (a < b) {
            decreased++;
        }
        for (EligibilityView.Chosen c : before.chosen()) {
            long[] row = byGroup.computeIfAbsent(c.groupCode(), k -> new long[4]);
            row[0]++;
            row[2] += c.amountVnd();
        }
        for (EligibilityView.Chosen c : after.chosen()) {
            long[] row = byGroup.computeIfAbsent(c.groupCode(), k -> new long[4]);
            row[1]++;
            row[3] += c.amountVnd();
        }
        if (b > 0 || a > 0) {
            long[] row = byCommune.computeIfAbsent(communeCode, k -> new long[4]);
            row[0] += b > 0 ? 1 : 0;
            row[1] += a > 0 ? 1 : 0;
            row[2] += b;
            row[3] += a;
        }
    }

    int people() {
        return people;
    }

    SimulationViews.SimulationResult result() {
        return new SimulationViews.SimulationResult(people, gainers, losers, increased + decreased, increased, decreased, paidBefore,
                paidAfter, costBefore, costAfter, rows(byGroup), rows(byCommune));
    }

    private static List<SimulationViews.Breakdown> rows(Map<String, long[]> rows) {
        return rows.entrySet().stream().map(e -> new SimulationViews.Breakdown(e.getKey(), (int) e.getValue()[0], (int) e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).toList();
    }
}
