package vn.ansinh.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ansinh.person.FactKind;

/**
 * What the fact-based criteria share: a kind of fact in force on the date, with a code among
 * {@code codes} (any code when empty), required present or required absent.
 */
abstract class FactRule extends Criterion {

    final FactKind fact;
    final Set<String> codes;
    final boolean present;
    private final String whatVi;
    private final String whatEn;

    FactRule(CriterionKind kind, String legalBasis, FactKind fact, Set<String> codes, boolean present, String whatVi, String whatEn) {
        super(kind, legalBasis);
        for (String code : codes) {
            if (!fact.codes().contains(code)) {
                throw new IllegalArgumentException(kind + ": unknown value " + code + " of " + fact);
            }
        }
        this.fact = fact;
        this.codes = Set.copyOf(codes);
        this.present = present;
        this.whatVi = whatVi;
        this.whatEn = whatEn;
    }

    /** The matching period in force on the date, or null. */
    final Profile.Fact matching(Profile profile, LocalDate on) {
        for (Profile.Fact period : profile.facts()) {
            if (period.kind() == fact && period.inForceOn(on) && (codes.isEmpty() || codes.contains(period.code()))) {
                return period;
            }
        }
        return null;
    }

    @Override
    CriterionResult test(Profile profile, LocalDate on) {
        Profile.Fact found = matching(profile, on);
        String since = found == null ? "" : " (từ " + vi(found.from()) + ")";
        String sinceEn = found == null ? "" : " (since " + found.from() + ")";
        if (present) {
            return found != null ? result(true, "Có: " + whatVi + " vào ngày " + vi(on) + since, "Yes: " + whatEn + " on " + on + sinceEn)
                    : result(false, "Không có hồ sơ: " + whatVi + " vào ngày " + vi(on), "Not recorded: " + whatEn + " on " + on);
        }
        return found == null ? result(true, "Không: " + whatVi + " vào ngày " + vi(on), "No: " + whatEn + " on " + on)
                : result(false, "Có: " + whatVi + " vào ngày " + vi(on) + since, "Yes: " + whatEn + " on " + on + sinceEn);
    }

    @Override
    Map<String, Object> parameters() {
        return codes.isEmpty() ? Map.of() : Map.of("in", List.copyOf(codes.stream().sorted().toList()));
    }
}
