package vn.ansinh.household;

/** A household's poverty status by the commune's decision (hộ nghèo, hộ cận nghèo). */
public enum PovertyStatus {
    POOR, NEAR_POOR, NONE
}
