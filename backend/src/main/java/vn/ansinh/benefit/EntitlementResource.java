package vn.ansinh.benefit;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.AnSinhApi;
import vn.ansinh.identity.Caller;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.PageView;
import vn.ansinh.shared.Problem;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.QueryParams;
import vn.ansinh.shared.Versions;

@Path("/entitlements")
@Tag(name = "Entitlements")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class EntitlementResource {

    private static final String READERS_NOTE = "Within the caller's area scope; another commune's entitlement answers 404.";
    private static final String IF_MATCH = "Optional ETag of the entitlement; when sent and stale: 412 `version.stale`";

    @Inject
    BenefitService benefits;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "listEntitlements", summary = "List entitlements within the caller's scope", description = READERS_NOTE)
    @APIResponse(responseCode = "200", description = "One page of entitlements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntitlementPage.class)))
    public PageView<EntitlementView> listEntitlements(
            @Parameter(description = "Commune", example = "03688") @QueryParam("communeCode") String communeCode,
            @Parameter(description = "Person") @QueryParam("personId") UUID personId,
            @Parameter(description = "Status", schema = @Schema(type = SchemaType.STRING, enumeration = { "ACTIVE", "SUSPENDED",
                    "TERMINATED" })) @QueryParam("status") String status,
            @Parameter(description = "Page index from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @Parameter(description = "Page size, at most 200") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return benefits.list(communeCode, personId, QueryParams.enumValue("status", status, EntitlementStatus.class), page, size,
                caller.actor());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "getEntitlement", summary = "Get an entitlement with its versions and suspensions", description = READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The entitlement",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntitlementView.class)))
    @APIResponse(responseCode = "404", description = "`entitlement.not-found`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getEntitlement(@PathParam("id") UUID id) {
        return withTag(benefits.get(id, caller.actor()), 200);
    }

    @GET
    @Path("/{id}/months")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "listEntitlementMonths", summary = "Each month of an entitlement: owed or withheld, and the amount",
            description = "From the start month to `to` (default: the end month, or the current month while open).")
    @APIResponse(responseCode = "200", description = "The months",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = EntitlementMonthView.class)))
    public List<EntitlementMonthView> listEntitlementMonths(@PathParam("id") UUID id,
            @Parameter(description = "Last month to list", example = "2027-06") @QueryParam("to") String to) {
        return benefits.months(id, month("to", to), caller.actor());
    }

    @POST
    @Path("/{id}/suspension")
    @RolesAllowed({ Role.Names.APPROVER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "suspendEntitlement", summary = "Suspend an active entitlement from a month (tạm dừng)")
    @APIResponse(responseCode = "200", description = "The suspended entitlement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntitlementView.class)))
    @APIResponse(responseCode = "409", description = "`entitlement.not-active`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response suspendEntitlement(@PathParam("id") UUID id, @Valid @NotNull BenefitRequests.Suspend request,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return withTag(benefits.suspend(id, request, version(ifMatch), caller.actor()), 200);
    }

    @POST
    @Path("/{id}/resumption")
    @RolesAllowed({ Role.Names.APPROVER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resumeEntitlement", summary = "Resume a suspended entitlement, with or without arrears",
            description = "`monthsOwed: true` makes the suspended months owed again (paid as arrears by the next payroll).")
    @APIResponse(responseCode = "200", description = "The resumed entitlement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntitlementView.class)))
    @APIResponse(responseCode = "409", description = "`entitlement.not-suspended`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resumeEntitlement(@PathParam("id") UUID id, @Valid @NotNull BenefitRequests.Resume request,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return withTag(benefits.resume(id, request, version(ifMatch), caller.actor()), 200);
    }

    @POST
    @Path("/{id}/termination")
    @RolesAllowed({ Role.Names.APPROVER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "terminateEntitlement", summary = "Stop an entitlement from the month after the event (thôi hưởng)")
    @APIResponse(responseCode = "200", description = "The terminated entitlement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntitlementView.class)))
    @APIResponse(responseCode = "409", description = "`entitlement.terminated`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response terminateEntitlement(@PathParam("id") UUID id, @Valid @NotNull BenefitRequests.Terminate request,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return withTag(benefits.terminate(id, request, version(ifMatch), caller.actor()), 200);
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed({ Role.Names.APPROVER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeEntitlementAmount", summary = "A new amount from a month on (a new dated version)",
            description = "Earlier versions are never changed. 409 `entitlement.version-exists` when the month has a version already, "
                    + "`entitlement.month-outside` when the month is outside the entitlement.")
    @APIResponse(responseCode = "201", description = "The entitlement with the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntitlementView.class)))
    @APIResponse(responseCode = "409", description = "`entitlement.version-exists`, `entitlement.month-outside`, `entitlement.terminated`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changeEntitlementAmount(@PathParam("id") UUID id, @Valid @NotNull BenefitRequests.AmountChange request,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return withTag(benefits.changeAmount(id, request, version(ifMatch), caller.actor()), 201);
    }

    @POST
    @Path("/{id}/transfer")
    @RolesAllowed({ Role.Names.APPROVER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transferEntitlement", summary = "Move an entitlement to another commune or province",
            description = "The old entitlement ends with `lastMonth`; the new one (answered) starts the month after with the amount "
                    + "then in force. No month is owed twice or skipped.")
    @APIResponse(responseCode = "201", description = "The new entitlement in the receiving commune",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntitlementView.class)))
    @APIResponse(responseCode = "409", description = "`entitlement.not-active`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response transferEntitlement(@PathParam("id") UUID id, @Valid @NotNull BenefitRequests.Transfer request,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        EntitlementView moved = benefits.transfer(id, request, version(ifMatch), caller.actor());
        return Response.created(AnSinhApi.location(BenefitService.HREF + moved.id())).tag(Versions.etag(moved.version()))
                .entity(moved).build();
    }

    @GET
    @Path("/{id}/proposals")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.ADMIN })
    @Operation(operationId = "listEntitlementProposals", summary = "Proposed changes of an entitlement, open and answered")
    @APIResponse(responseCode = "200", description = "The proposals", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ProposalView.class)))
    public List<ProposalView> listEntitlementProposals(@PathParam("id") UUID id) {
        return benefits.proposalsOf(id, caller.actor());
    }

    @POST
    @Path("/{id}/proposals")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeEntitlementChange", summary = "Propose a change that needs the approver's decision",
            description = "E.g. the household left poverty. One open proposal per entitlement and reason: a repeat answers the open one.")
    @APIResponse(responseCode = "201", description = "The proposal", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProposalView.class)))
    public Response proposeEntitlementChange(@PathParam("id") UUID id, @Valid @NotNull BenefitRequests.Propose request) {
        return Response.status(201).entity(benefits.propose(id, request, caller.actor())).build();
    }

    private static Long version(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : Versions.required(ifMatch);
    }

    static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (java.time.format.DateTimeParseException notAMonth) {
            throw ProblemException.invalidField(name, "month.format");
        }
    }

    private static Response withTag(EntitlementView view, int status) {
        return Response.status(status).tag(Versions.etag(view.version())).entity(view).build();
    }

    /** Names the page type in the contract. */
    @Schema(name = "EntitlementPage", description = "One page of entitlements")
    static final class EntitlementPage {
        @Schema(required = true) public List<EntitlementView> items;
        @Schema(required = true) public int page;
        @Schema(required = true) public int size;
        @Schema(required = true) public long totalItems;
        @Schema(required = true) public int totalPages;
    }
}
