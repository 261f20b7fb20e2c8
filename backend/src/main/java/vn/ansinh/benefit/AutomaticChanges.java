package vn.ansinh.benefit;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/**
 * Changes the law makes by itself, without a new decision (domain §4): they are applied by the
 * monthly re-evaluation and recorded. Everything else that changes eligibility becomes a proposal.
 */
final class AutomaticChanges {

    /** ND 20/2021 Art. 5.7: the group ends when the child reaches 36 months; paid up to that month. */
    static final Set<String> ENDS_AT_36_MONTHS = Set.of("ND20_5_7_CHILD_UNDER_3");

    /** ND 20/2021 Art. 6.1.a and c: a child turning 4 moves to the 4–16 coefficient from the month after. */
    static final Map<String, String> AT_FOUR = Map.of(
            "ND20_5_1_UNDER_4", "ND20_5_1_4_TO_16",
            "ND20_5_3_HIV_CHILD_UNDER_4", "ND20_5_3_HIV_CHILD_4_TO_16");

    /** ND 176/2025: groups 5.5.b and 5.5.c of ND 20 end on 30 Jun 2025; their people receive the social pension from July. */
    static final Map<String, String> JULY_2025 = Map.of(
            "ND20_5_5_B", "ND176_75_PLUS",
            "ND20_5_5_C", "ND176_75_PLUS");

    static final YearMonth SOCIAL_PENSION_START = YearMonth.of(2025, 7);

    private AutomaticChanges() {
    }
}
