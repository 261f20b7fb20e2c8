package vn.ansinh;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The REST API: every resource lives under {@code /api/v1}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "An Sinh API", version = "1.0.0",
                description = "Case management for Vietnam's social assistance: beneficiaries, eligibility, "
                        + "decisions, monthly payments. Errors are RFC 9457 problems with a stable `code`; "
                        + "messages follow `Accept-Language` (vi by default, en).",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "Authentication", description = "Login for people, tokens for integrators"),
                @Tag(name = "Administrative units", description = "Provinces, districts and communes, before and after the 2025 reform"),
                @Tag(name = "Villages", description = "Villages (thôn, bản, tổ dân phố) each commune keeps, with dated attributes"),
                @Tag(name = "Households", description = "Households, their members and their poverty status history"),
                @Tag(name = "People", description = "People, their facts histories, search, duplicates and history"),
                @Tag(name = "Reference data", description = "Lists that rarely change, such as the 54 ethnic groups"),
                // --- policy
                @Tag(name = "Eligibility", description = "Who qualifies for what on a date, and why"),
                @Tag(name = "Policies", description = "Programmes, groups, effective-dated levels and versions; simulations"),
                @Tag(name = "Area attributes", description = "Especially difficult communes and villages: dated lists by decision"),
                // --- casefile
                @Tag(name = "Applications", description = "Applications (hồ sơ) from draft to decision: documents, posting, objections, deadlines, queues"),
                @Tag(name = "Entitlements", description = "What decisions grant: months owed, amount versions, suspension, termination, transfer, proposals"),
                @Tag(name = "Working-day calendar", description = "Weekends, public holidays and Tết per year: working days for legal deadlines"),
                // --- payment
                @Tag(name = "Payment agents", description = "Payment agents (post office, bank), service points, agent users, province payment settings"),
                @Tag(name = "Payrolls", description = "Monthly payrolls per commune: generation jobs, lines, approval, dispatch, reconciliation, exports"),
                @Tag(name = "Payment confirmations", description = "Agents' confirmations of each payment, one by one or as an offline batch, under Idempotency-Key")
        })
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = AnSinhApi.COOKIE, type = SecuritySchemeType.APIKEY,
                apiKeyName = "ansinh_session", in = SecuritySchemeIn.COOKIE,
                description = "Session cookie set by POST /api/v1/auth/login (the web app)"),
        @SecurityScheme(securitySchemeName = AnSinhApi.BEARER, type = SecuritySchemeType.HTTP,
                scheme = "bearer", bearerFormat = "JWT",
                description = "Access token from POST /api/v1/auth/token (integrators)")
})
public class AnSinhApi extends Application {
    public static final String COOKIE = "session";
    public static final String BEARER = "bearer";
    /** Where every resource of this API lives. */
    public static final String BASE = "/api/v1/";

    /**
     * The {@code Location} of one of this API's resources, from its path ({@code /api/v1/people/…}): JAX-RS
     * resolves a Location against the application's base URI ({@code …/api/v1/}), so it takes the path
     * below it; an absolute path would come out as {@code /api/v1/api/v1/…}.
     */
    public static java.net.URI location(String path) {
        return java.net.URI.create(path.startsWith(BASE) ? path.substring(BASE.length()) : path);
    }
}
