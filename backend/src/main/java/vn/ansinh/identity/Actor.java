package vn.ansinh.identity;

import java.util.Arrays;

/**
 * Who does something, as the services see it: a username, one role, and the area the scope
 * reaches ({@code provinceCode} and {@code communeCode} are null where the scope is wider).
 * Built from the request's token ({@link Caller}) or, for background jobs, from a stored owner.
 */
public record Actor(String username, Role role, ScopeLevel scopeLevel, String provinceCode, String communeCode) {

    /** Whether a record kept in this province and commune lies within the scope. */
    public boolean canSee(String recordProvinceCode, String recordCommuneCode) {
        return switch (scopeLevel) {
            case COUNTRY -> true;
            case PROVINCE -> provinceCode.equals(recordProvinceCode);
            case COMMUNE -> communeCode.equals(recordCommuneCode);
        };
    }

    public boolean hasRole(Role... roles) {
        return Arrays.asList(roles).contains(role);
    }

    public boolean isCommuneScoped() {
        return scopeLevel == ScopeLevel.COMMUNE;
    }

    public boolean isCountryScoped() {
        return scopeLevel == ScopeLevel.COUNTRY;
    }
}
