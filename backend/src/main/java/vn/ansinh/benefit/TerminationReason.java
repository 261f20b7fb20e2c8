package vn.ansinh.benefit;

/** Why payment stops (domain §4); the entitlement is owed up to and including the month of the event. */
public enum TerminationReason {
    DEATH, MISSING, LOSS_OF_ELIGIBILITY, MOVED_AWAY, REFUSAL, PRISON, FAILED_REASSESSMENT, TRANSFERRED,
    /** Ended because the law moves the person to another group (a child turning 4, the July 2025 social pension). */
    GROUP_CHANGED
}
