package vn.ansinh.payment;

/** What a payment line pays. */
public enum LineKind {
    /** The month of the payroll. */
    REGULAR,
    /** Earlier payable months never paid (truy lĩnh), e.g. between the start month and the first payroll. */
    ARREARS,
    /** An unpaid line of an earlier payroll, paid now (its months move with it). */
    CARRY_OVER,
    /** Funeral support, a one-off payment after a death (ND 20 Art. 11; at least 20 × the standard level). */
    FUNERAL,
    /** A correction after approval, positive or negative. */
    ADJUSTMENT
}
