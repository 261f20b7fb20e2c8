package vn.ansinh.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A signed token is not enough: its session must still be open (not logged out, not expired).
 * Recent "open" answers are reused for a few seconds (see {@link SessionCheckCache}).
 */
@ApplicationScoped
class ActiveSessionCheck implements SecurityIdentityAugmentor {

    @Inject
    AuthService auth;

    @Inject
    SessionCheckCache cache;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String sessionId = jwt.getTokenID();
        if (sessionId != null && cache.isKnownOpen(sessionId)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (!auth.isSessionActive(sessionId)) {
                throw new AuthenticationFailedException("The session has ended");
            }
            cache.rememberOpen(sessionId);
            return identity;
        });
    }
}
