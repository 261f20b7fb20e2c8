package vn.ansinh.household;

import vn.ansinh.identity.AreaScope;
import vn.ansinh.identity.Caller;
import vn.ansinh.identity.Role;

/** Who runs an import: kept with the job, since the job outlives the request that started it. */
public record ImportActor(String username, Role role, AreaScope scope) {

    public static ImportActor of(Caller caller) {
        return new ImportActor(caller.username(), caller.role(), caller.scope());
    }
}
