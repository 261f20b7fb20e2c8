package vn.ansinh.payment;

/** Why a payment was not made; {@code NOT_REPORTED} is recorded when a payroll closes with the line still pending. */
public enum NotPaidReason {
    ABSENT, DECEASED, REFUSED, MOVED, WRONG_DATA, NOT_REPORTED
}
