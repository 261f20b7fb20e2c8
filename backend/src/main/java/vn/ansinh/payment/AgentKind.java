package vn.ansinh.payment;

/** The contracted payment service organisation (ND 20 Art. 34): in practice the post office or a bank. */
public enum AgentKind {
    POST_OFFICE, BANK
}
