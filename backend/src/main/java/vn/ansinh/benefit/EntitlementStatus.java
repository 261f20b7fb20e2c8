package vn.ansinh.benefit;

/** Where an entitlement stands: paid monthly, paused (months unpaid unless later owed), or ended. */
public enum EntitlementStatus {
    ACTIVE, SUSPENDED, TERMINATED
}
