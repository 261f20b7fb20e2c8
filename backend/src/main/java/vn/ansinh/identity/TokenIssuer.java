package vn.ansinh.identity;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.build.Jwt;

/** Signs the JWTs the API accepts: subject, role as the only group, area scope, and the session id. */
@ApplicationScoped
class TokenIssuer {

    static final String SCOPE_LEVEL = "ansinh_scope_level";
    static final String SCOPE_CODE = "ansinh_scope_code";
    static final String KIND = "ansinh_kind";

    String sign(AuthSession session, Role role, AreaScope scope, String displayName) {
        var claims = Jwt.claims()
                .subject(session.subject)
                .upn(session.subject)
                .claim("name", displayName)
                .groups(Set.of(role.name()))
                .claim("jti", session.id.toString())
                .claim(KIND, session.subjectKind)
                .claim(SCOPE_LEVEL, scope.level().name())
                .issuedAt(session.issuedAt)
                .expiresAt(session.expiresAt);
        if (scope.code() != null) {
            claims.claim(SCOPE_CODE, scope.code());
        }
        return claims.sign();
    }

    static long secondsBetween(Instant from, Instant to) {
        return Math.max(0, to.getEpochSecond() - from.getEpochSecond());
    }
}
