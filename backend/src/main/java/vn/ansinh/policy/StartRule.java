package vn.ansinh.policy;

/** From which month a group's payment starts (domain §4). */
public enum StartRule {
    /** The month the decision is signed. */
    DECISION_MONTH,
    /** The month the person reaches the group's start age (elderly groups: 75, 80…). */
    BIRTHDAY_MONTH,
    /** The month the disability certificate was issued. */
    CERTIFICATE_MONTH
}
