package vn.ansinh.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.AnSinhApi;
import vn.ansinh.shared.Problem;
import vn.ansinh.shared.ProblemException;

@Path("/auth")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    static final String COOKIE = "ansinh_session";

    @Inject
    AuthService auth;

    @Inject
    AuthConfig config;

    @Inject
    JsonWebToken token;

    @POST
    @Path("/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "login", summary = "Log a person in",
            description = "Checks username and password and sets the HttpOnly session cookie `ansinh_session`. "
                    + "After 5 wrong passwords in a row the account is locked for 15 minutes (configurable).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LoginRequest.class),
            examples = @ExampleObject(name = "worker", value = "{\"username\":\"worker\",\"password\":\"ansinh-demo\"}")))
    @APIResponse(responseCode = "200", description = "Logged in; the session cookie is set",
            headers = @Header(name = "Set-Cookie", description = "ansinh_session=…; HttpOnly; SameSite=Strict; Path=/",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password (`auth.invalid-credentials`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Locked after repeated failures (`auth.locked`); see Retry-After",
            headers = @Header(name = "Retry-After", description = "Seconds until the account unlocks",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response login(@Valid @NotNull LoginRequest request) {
        IssuedToken issued = auth.login(request.username(), request.password());
        return Response.ok(issued.user()).cookie(sessionCookie(issued.token(), (int) issued.lifetime().toSeconds())).build();
    }

    @POST
    @Path("/logout")
    @PermitAll
    @Operation(operationId = "logout", summary = "End the current session",
            description = "Revokes the session's token and clears the cookie. Succeeds also when no session is open.")
    @APIResponse(responseCode = "204", description = "Logged out")
    public Response logout() {
        try {
            if (token != null && token.getTokenID() != null) {
                auth.logout(token.getTokenID());
                // Again after the commit: a request checked meanwhile may have cached the session as open.
                auth.forgetCachedSession(token.getTokenID());
            }
        } catch (io.quarkus.security.AuthenticationFailedException alreadyEnded) {
            // The session had already ended: there is nothing left to revoke.
        }
        return Response.noContent().cookie(sessionCookie("", 0)).build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = AnSinhApi.COOKIE)
    @SecurityRequirement(name = AnSinhApi.BEARER)
    @Operation(operationId = "getCurrentUser", summary = "Who is logged in: role and area scope")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    public UserView me() {
        return auth.whoIs(token.getSubject(), token.getClaim(TokenIssuer.KIND));
    }

    @POST
    @Path("/token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "issueClientToken", summary = "Issue an access token to an integrator (OAuth 2.0 client credentials)",
            description = "Form fields `grant_type=client_credentials`, `client_id`, `client_secret`, or the client's "
                    + "id and secret in an HTTP Basic `Authorization` header. Send the token as `Authorization: Bearer …`.")
    @APIResponse(responseCode = "200", description = "The access token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Unknown client or wrong secret (`auth.invalid-client`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TokenResponse token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!"client_credentials".equals(grantType)) {
            throw new ProblemException(400, "auth.unsupported-grant-type", java.util.List.of(),
                    java.util.Map.of("error", "unsupported_grant_type"), java.util.Map.of());
        }
        String[] basic = basicCredentials(authorization);
        return basic != null ? auth.clientToken(basic[0], basic[1]) : auth.clientToken(clientId, clientSecret);
    }

    private NewCookie sessionCookie(String value, int maxAgeSeconds) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true).secure(config.secureCookie())
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAgeSeconds).build();
    }

    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
