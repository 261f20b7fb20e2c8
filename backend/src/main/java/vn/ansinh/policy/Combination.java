package vn.ansinh.policy;

/** How a group's amount combines with others (ND 20/2021 Art. 6.2). */
public enum Combination {
    /** Only the highest of the eligible groups is paid. */
    HIGHEST_ONLY,
    /** Paid besides the highest: the poor single parent (ND 20 Art. 6.2), provincial top-ups. */
    IN_ADDITION
}
