package vn.ansinh.person;

/** Where allowances can be paid other than in cash (Resolution 124/NQ-CP, 2023). */
public enum AccountKind {
    BANK, E_WALLET
}
