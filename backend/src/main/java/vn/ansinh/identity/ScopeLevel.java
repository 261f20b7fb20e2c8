package vn.ansinh.identity;

/** How far a user's or client's area scope reaches. */
public enum ScopeLevel {
    COUNTRY, PROVINCE, COMMUNE
}
