package vn.ansinh.household;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.AnSinhApi;
import vn.ansinh.identity.Caller;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.PageView;
import vn.ansinh.shared.Problem;
import vn.ansinh.shared.QueryParams;
import vn.ansinh.shared.Versions;

@Path("/households")
@Tag(name = "Households")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdResource {

    private static final String EXAMPLE = """
            {"id":"0193a5c2-6b00-7c44-9d55-2e1f0a3b4c66","code":"03688-000001","communeCode":"03688",
             "commune":{"code":"03688","name":"Xã Mường Chiên"},"villageId":null,"villageName":null,
             "address":"Bản Nà Cài, xã Mường Chiên","head":{"id":"0193a5c2-7c1e-7d3a-9a63-1f0c2b1e4d55","fullName":"Lò Văn Đức"},
             "members":[{"id":"0193a5c2-7c1e-7d3a-9a63-1f0c2b1e4d55","fullName":"Lò Văn Đức","relationToHead":"HEAD",
             "birthDate":"1948","sex":"MALE"}],"povertyStatus":{"id":"0193a5c2-6b01-7c44-9d55-2e1f0a3b4c77","status":"POOR",
             "validFrom":"2025-01-01","validTo":null,"decisionNumber":"125/QĐ-UBND","supersededBy":null,"correctionReason":null,
             "recordedBy":"worker","recordedAt":"2026-11-22T03:15:30.123Z"},"version":1,
             "createdAt":"2026-11-22T03:15:30.123Z","updatedAt":"2026-11-22T03:15:30.123Z"}""";

    @Inject
    HouseholdService households;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createHousehold", summary = "Register a household with its members",
            description = "Members are registered in the same transaction, with the same checks as POST /people (errors named "
                    + "`members[i].field`; 409 problems carry `member`). Exactly one member must be HEAD.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewHousehold.class),
            examples = @ExampleObject(name = "two members", value = """
                    {"communeCode":"03688","address":"Bản Nà Cài, xã Mường Chiên",
                     "povertyStatus":{"status":"POOR","validFrom":"2025-01-01","decisionNumber":"125/QĐ-UBND"},
                     "members":[{"relationToHead":"HEAD","fullName":"Lò Văn Đức","birthDate":"1948","sex":"MALE","ethnicGroupCode":"03"},
                                {"relationToHead":"SPOUSE","fullName":"Cầm Thị Xuân","birthDate":"1950-03","sex":"FEMALE","ethnicGroupCode":"03"}]}""")))
    @APIResponse(responseCode = "201", description = "Registered",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class),
                    examples = @ExampleObject(name = "registered", value = EXAMPLE)))
    @APIResponse(responseCode = "409", description = "`household.code-exists`, or a member's `person.national-id-exists` / "
            + "`person.possible-duplicate`", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = vn.ansinh.person.PersonConflictProblem.class)))
    public Response createHousehold(@Valid @NotNull NewHousehold request) {
        HouseholdView household = households.create(request, caller.actor());
        return Response.created(AnSinhApi.location(HouseholdService.HREF + household.id())).tag(Versions.etag(household.version()))
                .entity(household).build();
    }

    @GET
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "listHouseholds", summary = "List households within the caller's scope",
            description = "`q` matches the beginning of the code or any part of the address; `povertyStatus` the status in force today.")
    @APIResponse(responseCode = "200", description = "One page of households",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdPage.class)))
    public PageView<HouseholdSummary> listHouseholds(
            @Parameter(description = "Commune (within the caller's scope)", example = "03688") @QueryParam("communeCode") String communeCode,
            @Parameter(description = "Village") @QueryParam("villageId") UUID villageId,
            @Parameter(description = "Code prefix or part of the address", example = "03688-0000") @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Status in force today", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "POOR", "NEAR_POOR", "NONE" })) @QueryParam("povertyStatus") String povertyStatus,
            @Parameter(description = "Page index from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @Parameter(description = "Page size, at most 200") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return households.list(communeCode, villageId, q, QueryParams.enumValue("povertyStatus", povertyStatus, PovertyStatus.class),
                page, size, caller.actor());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "getHousehold", summary = "Get a household, its members and its poverty status on a date")
    @APIResponse(responseCode = "200", description = "The household",
            headers = @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class),
                    examples = @ExampleObject(name = "household", value = EXAMPLE)))
    public Response getHousehold(@PathParam("id") UUID id,
            @Parameter(description = "Date of the poverty status shown; today when absent", example = "2025-06-30")
            @QueryParam("on") String on) {
        HouseholdView household = households.get(id, QueryParams.date("on", on, null), caller.actor());
        return Response.ok(household).tag(Versions.etag(household.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR })
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateHousehold", summary = "Change a household's village, address or head",
            description = "Send the ETag in `If-Match` (428 `precondition.required` without it, 412 `version.stale` when stale).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdPatch.class),
            examples = @ExampleObject(name = "new address", value = "{\"address\":\"Bản Nà Cài Trên, xã Mường Chiên\"}")))
    @APIResponse(responseCode = "200", description = "The changed household",
            headers = @Header(name = "ETag", description = "New version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class)))
    @APIResponse(responseCode = "412", description = "Stale version (`version.stale`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (`precondition.required`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateHousehold(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version changed", required = true, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull HouseholdPatch patch) {
        HouseholdView household = households.update(id, patch, Versions.required(ifMatch), caller.actor());
        return Response.ok(household).tag(Versions.etag(household.version())).build();
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addHouseholdMember", summary = "A registered person of the same commune joins the household",
            description = "A person in another household leaves it. Only one HEAD per household (`household.head-exists`).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewHouseholdMember.class),
            examples = @ExampleObject(name = "child", value = "{\"personId\":\"0193a5c2-7c1e-7d3a-9a63-1f0c2b1e4d55\",\"relationToHead\":\"CHILD\"}")))
    @APIResponse(responseCode = "200", description = "The household with its members",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class)))
    public HouseholdView addHouseholdMember(@PathParam("id") UUID id, @Valid @NotNull NewHouseholdMember request) {
        return households.addMember(id, request, caller.actor());
    }

    @DELETE
    @Path("/{id}/members/{personId}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR })
    @Operation(operationId = "removeHouseholdMember", summary = "A member leaves the household",
            description = "The person is not deleted: their household and relation are cleared and the change is audited.")
    @APIResponse(responseCode = "200", description = "The household with its remaining members",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class)))
    public HouseholdView removeHouseholdMember(@PathParam("id") UUID id, @PathParam("personId") UUID personId) {
        return households.removeMember(id, personId, caller.actor());
    }

    @GET
    @Path("/{id}/poverty-statuses")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "listPovertyStatuses", summary = "A household's poverty status history, corrected rows included")
    @APIResponse(responseCode = "200", description = "Every period, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PovertyStatusView.class)))
    public List<PovertyStatusView> listPovertyStatuses(@PathParam("id") UUID id) {
        return households.povertyStatuses(id, caller.actor());
    }

    @POST
    @Path("/{id}/poverty-statuses")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPovertyStatus", summary = "Record a new period of poverty status",
            description = "The open period that started earlier ends the day before; other overlaps answer 409 `poverty-status.overlap`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewPovertyStatus.class),
            examples = @ExampleObject(name = "left poverty", value = "{\"status\":\"NONE\",\"validFrom\":\"2026-01-01\",\"decisionNumber\":\"15/QĐ-UBND\"}")))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PovertyStatusView.class)))
    @APIResponse(responseCode = "409", description = "`poverty-status.overlap`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordPovertyStatus(@PathParam("id") UUID id, @Valid @NotNull NewPovertyStatus request) {
        return Response.status(Response.Status.CREATED).entity(households.addPovertyStatus(id, request, caller.actor())).build();
    }

    @POST
    @Path("/{id}/poverty-statuses/{statusId}/correction")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctPovertyStatus", summary = "Correct a poverty status row",
            description = "The old row stays, marked `supersededBy` the new one.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PovertyStatusCorrection.class),
            examples = @ExampleObject(name = "wrong decision", value = """
                    {"status":"POOR","validFrom":"2025-01-01","decisionNumber":"126/QĐ-UBND","reason":"Nhập sai số quyết định"}""")))
    @APIResponse(responseCode = "201", description = "The correcting row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PovertyStatusView.class)))
    @APIResponse(responseCode = "409", description = "`poverty-status.already-corrected` or `poverty-status.overlap`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response correctPovertyStatus(@PathParam("id") UUID id, @PathParam("statusId") UUID statusId,
            @Valid @NotNull PovertyStatusCorrection request) {
        return Response.status(Response.Status.CREATED)
                .entity(households.correctPovertyStatus(id, statusId, request, caller.actor())).build();
    }

    /** Names the page type in the contract. */
    @Schema(name = "HouseholdPage", description = "One page of households")
    static final class HouseholdPage {
        @Schema(required = true) public List<HouseholdSummary> items;
        @Schema(required = true) public int page;
        @Schema(required = true) public int size;
        @Schema(required = true) public long totalItems;
        @Schema(required = true) public int totalPages;
    }
}
