package vn.ansinh.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A signed token is not enough: its session must still be open (not logged out, not expired). */
@ApplicationScoped
class ActiveSessionCheck implements SecurityIdentityAugmentor {

    @Inject
    AuthService auth;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (!auth.isSessionActive(jwt.getTokenID())) {
                throw new AuthenticationFailedException("The session has ended");
            }
            return identity;
        });
    }
}
