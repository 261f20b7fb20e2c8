package vn.ansinh.policy;

/** A version is prepared as a draft (simulated, changed freely) and then activated (evaluated). */
public enum VersionStatus {
    DRAFT, ACTIVE
}
