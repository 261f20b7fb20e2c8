package vn.ansinh.payment;

public enum LineStatus {
    PENDING, PAID, NOT_PAID
}
