package vn.ansinh.payment;

/** Cash at the service point or at home, or into the beneficiary's bank or e-wallet account (NQ 124/NQ-CP). */
public enum PaymentMethod {
    CASH, ACCOUNT
}
