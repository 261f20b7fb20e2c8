package vn.ansinh.payment;

/** A payroll's lifecycle: "sent", "acknowledged" and each line's "paid" stay distinct facts. */
public enum PayrollStatus {
    /** Generated; lines may still be added by generating again. */
    DRAFT,
    /** Locked by a second person: lines and totals frozen; corrections are adjustment lines. */
    APPROVED,
    /** Handed to the payment agent. */
    SENT,
    /** The agent confirmed receipt with matching control totals; payments may be confirmed. */
    ACKNOWLEDGED,
    /** Reconciled; lines still pending were recorded as not reported (and carry over). */
    CLOSED
}
