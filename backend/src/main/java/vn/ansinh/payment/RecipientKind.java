package vn.ansinh.payment;

/** Who received the money: the beneficiary or a person they authorised (name and ID recorded). */
public enum RecipientKind {
    BENEFICIARY, AUTHORISED
}
