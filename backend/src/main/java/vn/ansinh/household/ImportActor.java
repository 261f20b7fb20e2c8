package vn.ansinh.household;

import vn.ansinh.identity.Caller;
import vn.ansinh.identity.Role;
import vn.ansinh.identity.ScopeLevel;

/**
 * Who runs an import: kept with the job, since the job outlives the request that started it.
 * The scope is its level and code ({@code COMMUNE}/{@code 03688}, {@code PROVINCE}/{@code 14},
 * {@code COUNTRY}/null), plain values that a job row can store.
 */
public record ImportActor(String username, Role role, ScopeLevel scopeLevel, String scopeCode) {

    public static ImportActor of(Caller caller) {
        return new ImportActor(caller.username(), caller.role(), caller.scopeLevel(), caller.scopeCode());
    }
}
