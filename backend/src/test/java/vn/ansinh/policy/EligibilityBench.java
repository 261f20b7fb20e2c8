package vn.ansinh.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import vn.ansinh.area.VillageAttributeKind;
import vn.ansinh.household.PovertyStatus;
import vn.ansinh.person.BirthDatePrecision;
import vn.ansinh.person.FactKind;

/**
 * In-process evaluation throughput (bench/eligibility.sh): the seeded policy, a fixed mix of
 * profiles (children, adults, elderly; poor, near-poor, none; facts of every kind; a quarter with
 * year-only birth dates) evaluated on dates from 2024 to 2026, each evaluation producing the full
 * explanation. Not a test: a main run with the test classpath. Arguments: seconds per round,
 * rounds, threads.
 */
public final class EligibilityBench {

    private EligibilityBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        PolicySnapshot policy = SeedPolicy.snapshot();
        List<Profile> profiles = profiles(10_000, 20261203L);
        LocalDate[] dates = new LocalDate[36];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = LocalDate.of(2024, 1, 1).plusMonths(i);
        }
        System.out.printf("profiles=%d groups=%d dates=%d threads=%d%n", profiles.size(),
                policy.programmes().stream().mapToInt(p -> p.groups().size()).sum(), dates.length, threads);
        run(policy, profiles, dates, 1, Math.max(2, seconds), "warm-up (1 thread)");
        for (int r = 1; r <= rounds; r++) {
            run(policy, profiles, dates, 1, seconds, "round " + r + " 1 thread");
        }
        for (int r = 1; r <= rounds; r++) {
            run(policy, profiles, dates, threads, seconds, "round " + r + " " + threads + " threads");
        }
    }

    private static void run(PolicySnapshot policy, List<Profile> profiles, LocalDate[] dates, int threads, int seconds, String label)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 997;
            results.add(pool.submit(() -> {
                java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpuStart = cpu.getCurrentThreadCpuTime();
                long count = 0;
                long checksum = 0;
                int i = offset;
                while (System.nanoTime() < end) {
                    for (int batch = 0; batch < 256; batch++, i++) {
                        EligibilityView view = Evaluator.evaluate(profiles.get(i % profiles.size()), dates[i % dates.length], policy);
                        checksum += view.totalMonthlyVnd() + view.programmes().size();
                        count++;
                    }
                }
                return new long[] { count, checksum, cpu.getCurrentThreadCpuTime() - cpuStart };
            }));
        }
        long count = 0;
        long checksum = 0;
        long cpuNanos = 0;
        for (Future<long[]> result : results) {
            count += result.get()[0];
            checksum += result.get()[1];
            cpuNanos += result.get()[2];
        }
        pool.shutdown();
        // Wall-clock rate, and the rate per CPU-second actually given to the evaluating threads (a fair figure when
        // other processes share the cores).
        System.out.printf("%-24s %,12d evaluations in %d s = %,10.0f evaluations/s wall, %,10.0f per CPU-second "
                + "(%.0f%% of %d threads' time on CPU; checksum %d)%n", label, count, seconds, count / (double) seconds,
                count / (cpuNanos / 1e9), 100.0 * cpuNanos / (seconds * 1e9 * threads), threads, checksum);
    }

    static List<Profile> profiles(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Profile> profiles = new ArrayList<>(n);
        LocalDate longAgo = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < n; i++) {
            LocalDate birth = LocalDate.of(1925, 1, 1).plusDays(random.nextInt(365 * 100));
            BirthDatePrecision precision = BirthDatePrecision.DAY;
            if (birth.getYear() < 1960 && random.nextInt(4) == 0) {
                birth = LocalDate.of(birth.getYear(), 1, 1);
                precision = BirthDatePrecision.YEAR;
            }
            List<Profile.Fact> facts = new ArrayList<>();
            int roll = random.nextInt(100);
            if (roll < 30) {
                facts.add(new Profile.Fact(FactKind.PENSION, random.nextBoolean() ? "NONE" : "PENSION", null, longAgo, null));
            }
            if (roll % 7 == 0) {
                facts.add(new Profile.Fact(FactKind.DISABILITY, random.nextBoolean() ? "SEVERE" : "ESPECIALLY_SEVERE", longAgo, longAgo, null));
            }
            if (roll % 11 == 0) {
                facts.add(new Profile.Fact(FactKind.ORPHAN, "NO_SUPPORT", null, longAgo, null));
            }
            if (roll % 13 == 0) {
                facts.add(new Profile.Fact(FactKind.NO_SUPPORTER, "NO_OBLIGED_PERSON", null, longAgo, null));
            }
            if (roll % 17 == 0) {
                facts.add(new Profile.Fact(FactKind.SINGLE_PARENT, "2", null, longAgo, null));
            }
            if (roll % 19 == 0) {
                facts.add(new Profile.Fact(FactKind.PREGNANCY, null, LocalDate.of(2025, 6, 1), LocalDate.of(2024, 9, 1), LocalDate.of(2025, 6, 1)));
            }
            if (roll % 23 == 0) {
                facts.add(new Profile.Fact(FactKind.HIV, "POSITIVE", null, longAgo, null));
            }
            if (roll % 29 == 0) {
                facts.add(new Profile.Fact(FactKind.STUDYING, "UNIVERSITY", null, longAgo, null));
            }
            List<Profile.Poverty> poverty = new ArrayList<>();
            int status = random.nextInt(10);
            poverty.add(new Profile.Poverty(status < 2 ? PovertyStatus.POOR : status < 4 ? PovertyStatus.NEAR_POOR : PovertyStatus.NONE,
                    longAgo, LocalDate.of(2025, 12, 31), "1/QĐ"));
            poverty.add(new Profile.Poverty(status < 3 ? PovertyStatus.POOR : PovertyStatus.NONE, LocalDate.of(2026, 1, 1), null, "2/QĐ"));
            List<Profile.Area> areas = random.nextInt(3) == 0
                    ? List.of(new Profile.Area("VILLAGE", VillageAttributeKind.ESPECIALLY_DIFFICULT, LocalDate.of(2021, 9, 1), null, "612/QĐ-UBDT"))
                    : List.of();
            boolean sonLa = random.nextInt(4) == 0;
            profiles.add(new Profile(new UUID(0, i), sonLa ? "14" : "01", sonLa ? "03688" : "00004", null, birth, precision, facts,
                    poverty, areas, false));
        }
        return profiles;
    }
}
