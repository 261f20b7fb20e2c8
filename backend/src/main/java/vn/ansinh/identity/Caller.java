package vn.ansinh.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated caller of the current request: username, role and area scope from the
 * session token. Services take the {@link #actor()} snapshot so that they also work outside a
 * request (imports running in the background).
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    Actors actors;

    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
                throw new io.quarkus.security.UnauthorizedException();
            }
            Role role = identity.getRoles().stream().map(Role::valueOf).findFirst()
                    .orElseThrow(io.quarkus.security.ForbiddenException::new);
            actor = actors.of(jwt.getName(), role, scope(jwt));
        }
        return actor;
    }

    public String username() {
        return actor().username();
    }

    public Role role() {
        return actor().role();
    }

    public AreaScope scope() {
        return scope((JsonWebToken) identity.getPrincipal());
    }

    /** The scope's level, for features that keep it (they may not hold the identity feature's AreaScope). */
    public ScopeLevel scopeLevel() {
        return actor().scopeLevel();
    }

    /** The scope's area code: a commune or province code, null for the whole country. */
    public String scopeCode() {
        Actor current = actor();
        return switch (current.scopeLevel()) {
            case COUNTRY -> null;
            case PROVINCE -> current.provinceCode();
            case COMMUNE -> current.communeCode();
        };
    }

    public boolean canSee(String provinceCode, String communeCode) {
        return actor().canSee(provinceCode, communeCode);
    }

    private static AreaScope scope(JsonWebToken jwt) {
        String level = jwt.getClaim(TokenIssuer.SCOPE_LEVEL);
        String code = jwt.getClaim(TokenIssuer.SCOPE_CODE);
        return switch (ScopeLevel.valueOf(level)) {
            case COUNTRY -> AreaScope.country();
            case PROVINCE -> AreaScope.province(code);
            case COMMUNE -> AreaScope.commune(code);
        };
    }
}
