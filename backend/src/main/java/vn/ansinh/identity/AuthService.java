package vn.ansinh.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;
import vn.ansinh.area.AreaRef;
import vn.ansinh.area.AreaService;
import vn.ansinh.shared.ProblemException;

/** Login, logout and tokens: checks secrets, counts failures, issues and revokes sessions. */
@ApplicationScoped
public class AuthService {

    /** Compared against when the username is unknown, so that a miss takes as long as a wrong password. */
    private static final String NO_SUCH_ACCOUNT_HASH = BcryptUtil.bcryptHash(UUID.randomUUID().toString());

    @Inject
    UserAccountRepository users;

    @Inject
    ApiClientRepository clients;

    @Inject
    AuthSessionRepository sessions;

    @Inject
    TokenIssuer tokens;

    @Inject
    AreaService areas;

    @Inject
    AuthConfig config;

    @Inject
    Clock clock;

    @Transactional(dontRollbackOn = ProblemException.class)
    IssuedToken login(String username, String password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = users.findByUsernameForLogin(normalise(username)).filter(user -> user.active);
        if (found.isEmpty()) {
            BcryptUtil.matches(password, NO_SUCH_ACCOUNT_HASH);
            throw invalid("auth.invalid-credentials", null);
        }
        UserAccount user = found.get();
        checkSecret(user.guard, password, user.passwordHash, now, "auth.invalid-credentials");
        user.loggedIn(now);
        Duration lifetime = Duration.ofHours(config.sessionHours());
        AuthSession session = new AuthSession(user.username, AuthSession.SubjectKind.USER, now, now.plus(lifetime));
        sessions.persist(session);
        return new IssuedToken(tokens.sign(session, user.role, user.scope, user.displayName), lifetime, view(user));
    }

    @Transactional(dontRollbackOn = ProblemException.class)
    TokenResponse clientToken(String clientId, String secret) {
        Instant now = clock.instant();
        Optional<ApiClient> found = clientId == null ? Optional.empty()
                : clients.findByClientIdForLogin(clientId.strip()).filter(client -> client.active);
        if (found.isEmpty()) {
            BcryptUtil.matches(secret == null ? "" : secret, NO_SUCH_ACCOUNT_HASH);
            throw invalid("auth.invalid-client", "invalid_client");
        }
        ApiClient client = found.get();
        checkSecret(client.guard, secret == null ? "" : secret, client.secretHash, now, "auth.invalid-client");
        client.guard.recordSuccess();
        Duration lifetime = Duration.ofMinutes(config.clientTokenMinutes());
        AuthSession session = new AuthSession(client.clientId, AuthSession.SubjectKind.CLIENT, now, now.plus(lifetime));
        sessions.persist(session);
        return new TokenResponse(tokens.sign(session, client.role, client.scope, client.displayName), "Bearer",
                lifetime.toSeconds());
    }

    /**
     * Creates a user with a password (bcrypt-hashed) and answers the normalised username. For the
     * administration screens to come and for tests that need a worker of another commune.
     */
    @Transactional
    public String createUser(String username, String displayName, String password, Role role, AreaScope scope) {
        String normalised = normalise(username);
        if (users.findByUsername(normalised).isPresent()) {
            throw ProblemException.conflict("auth.username-exists", normalised);
        }
        users.persist(new UserAccount(normalised, displayName, BcryptUtil.bcryptHash(password), role, scope, false,
                clock.instant()));
        return normalised;
    }

    @Transactional
    void logout(String sessionId) {
        parse(sessionId).flatMap(sessions::findByIdOptional).ifPresent(session -> session.revoke(clock.instant()));
    }

    /** Whether the token with this id still stands: not logged out, not expired. */
    @Transactional
    public boolean isSessionActive(String sessionId) {
        return parse(sessionId).flatMap(sessions::findByIdOptional)
                .map(session -> session.isActiveAt(clock.instant())).orElse(false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    UserView whoIs(String subject, String kind) {
        if (AuthSession.SubjectKind.CLIENT.name().equals(kind)) {
            ApiClient client = clients.findByClientId(subject).orElseThrow(() -> invalid("auth.unauthenticated", null));
            return new UserView(client.clientId, client.displayName, client.role, scopeView(client.scope));
        }
        return users.findByUsername(subject).map(this::view).orElseThrow(() -> invalid("auth.unauthenticated", null));
    }

    private void checkSecret(LoginGuard guard, String secret, String hash, Instant now, String code) {
        if (guard.isLockedAt(now)) {
            throw locked(guard.remainingLock(now));
        }
        if (!BcryptUtil.matches(secret, hash)) {
            Duration lockFor = Duration.ofMinutes(config.lockMinutes());
            if (guard.recordFailure(now, config.maxFailedLogins(), lockFor)) {
                throw locked(lockFor);
            }
            throw invalid(code, code.equals("auth.invalid-client") ? "invalid_client" : null);
        }
    }

    private UserView view(UserAccount user) {
        return new UserView(user.username, user.displayName, user.role, scopeView(user.scope));
    }

    private UserView.ScopeView scopeView(AreaScope scope) {
        String name = scope.code() == null ? null
                : areas.find(scope.code(), LocalDate.now(clock)).map(AreaRef::fullName).orElse(null);
        return new UserView.ScopeView(scope.level(), scope.code(), name);
    }

    private static ProblemException invalid(String code, String oauthError) {
        return new ProblemException(401, code, List.of(),
                oauthError == null ? Map.of() : Map.of("error", oauthError), Map.of());
    }

    private static ProblemException locked(Duration remaining) {
        long seconds = Math.max(1, remaining.toSeconds());
        long minutes = (seconds + 59) / 60;
        return new ProblemException(429, "auth.locked", List.of(), Map.of("retryAfterSeconds", seconds),
                Map.of("Retry-After", Long.toString(seconds)), minutes);
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<UUID> parse(String sessionId) {
        try {
            return sessionId == null ? Optional.empty() : Optional.of(UUID.fromString(sessionId));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
