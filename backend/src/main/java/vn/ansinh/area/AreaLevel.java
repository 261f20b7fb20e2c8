package vn.ansinh.area;

/** The tiers of local government. Districts exist only before 1 July 2025. */
public enum AreaLevel {
    PROVINCE, DISTRICT, COMMUNE
}
