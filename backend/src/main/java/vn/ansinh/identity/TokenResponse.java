package vn.ansinh.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An OAuth 2.0 access token response (RFC 6749 §5.1: its member names are snake case by standard). */
@Schema(description = "OAuth 2.0 access token response (RFC 6749 §5.1)")
public record TokenResponse(
        @JsonProperty("access_token") @Schema(required = true, examples = "eyJhbGciOiJSUzI1NiJ9...") String accessToken,
        @JsonProperty("token_type") @Schema(required = true, examples = "Bearer") String tokenType,
        @JsonProperty("expires_in") @Schema(required = true, description = "Seconds until the token expires", examples = "3600") long expiresIn) {
}
