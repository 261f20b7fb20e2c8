package vn.ansinh.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who is logged in: what the web app needs to greet the user and build its menu. */
@Schema(description = "The authenticated user or API client")
public record UserView(
        @Schema(required = true, examples = "worker") String username,
        @Schema(required = true, examples = "Lò Thị Mai") String displayName,
        @Schema(required = true) Role role,
        @Schema(required = true) ScopeView scope) {

    @Schema(name = "Scope", description = "The area the caller works in")
    public record ScopeView(
            @Schema(required = true) ScopeLevel level,
            @Schema(required = true, nullable = true, description = "Area code; null for the whole country", examples = "03688") String code,
            @Schema(required = true, nullable = true, description = "Area name; null for the whole country", examples = "Xã Mường Chiên") String name) {
    }
}
