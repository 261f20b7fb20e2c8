package vn.ansinh.policy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.ansinh.shared.Problem;
import vn.ansinh.shared.Versions;

@Path("/")
@Tag(name = "Policies")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private static final String READERS_NOTE = "Any signed-in role but PAYMENT_AGENT.";

    @Inject
    PolicyService policies;

    @Inject
    PolicyVersionService versions;

    @Inject
    Caller caller;

    @Inject
    java.time.Clock clock;

    @GET
    @Path("programmes")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "listProgrammes", summary = "The programmes and groups that apply in a province on a date",
            description = READERS_NOTE + " National programmes and the province's own, each group with its coefficient and amount "
                    + "on the date (null when not in force then).")
    @APIResponse(responseCode = "200", description = "Programmes in catalogue order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ProgrammeView.class)))
    public List<ProgrammeView> listProgrammes(
            @Parameter(description = "Province; yours when absent (national programmes only for a country scope)", example = "14")
            @QueryParam("provinceCode") String provinceCode,
            @Parameter(description = "Date; today when absent", example = "2025-07-01") @QueryParam("on") LocalDate on) {
        return policies.catalogue(provinceCode == null || provinceCode.isBlank() ? caller.actor().provinceCode() : provinceCode.strip(),
                on == null ? LocalDate.now(clock) : on);
    }

    @GET
    @Path("policy-groups/{code}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "getPolicyGroup", summary = "A group with the timeline of its versions",
            description = READERS_NOTE + " Drafts are listed for PROVINCE_OFFICER and ADMIN. Another province's group answers 404.")
    @APIResponse(responseCode = "200", description = "The group",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyVersionViews.GroupDetail.class)))
    @APIResponse(responseCode = "404", description = "`policy.group-not-found`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PolicyVersionViews.GroupDetail getPolicyGroup(@PathParam("code") String code) {
        return versions.group(code, caller.actor());
    }

    @POST
    @Path("policy-groups/{code}/versions")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPolicyGroupVersion", summary = "Add a draft version of a group effective from a date",
            description = "A province's own group by its province officer; a national group only with a country scope "
                    + "(403 `policy.national-only`). The draft changes nothing until activated.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PolicyVersionViews.NewGroupVersion.class),
            examples = @ExampleObject(name = "provincial", value = """
                    {"coefficient":0.8,"effectiveFrom":"2026-01-01","legalBasis":"Nghị quyết 12/2025/NQ-HĐND",
                     "criteria":[{"kind":"PREGNANT"},{"kind":"POVERTY_STATUS","in":["POOR","NEAR_POOR"]}]}""")))
    @APIResponse(responseCode = "201", description = "The draft",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyVersionViews.GroupVersionView.class)))
    @APIResponse(responseCode = "400", description = "`validation.failed` (e.g. `policy.criterion` naming what is wrong)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "`policy.national-only`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addPolicyGroupVersion(@PathParam("code") String code, @Valid @NotNull PolicyVersionViews.NewGroupVersion request) {
        PolicyVersionViews.GroupVersionView created = versions.addGroupVersion(code, request, caller.actor());
        return Response.created(URI.create("policy-group-versions/" + created.id())).tag(Versions.etag(created.version()))
                .entity(created).build();
    }

    @PUT
    @Path("policy-group-versions/{id}")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changePolicyGroupVersion", summary = "Change a group version not yet used",
            description = "Send the ETag in `If-Match`. A version used by a decision or payment answers 409 `policy.version-used`.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyVersionViews.GroupVersionView.class)))
    @APIResponse(responseCode = "409", description = "`policy.version-used` or `policy.version-overlap`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changePolicyGroupVersion(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PolicyVersionViews.NewGroupVersion request) {
        PolicyVersionViews.GroupVersionView changed = versions.changeGroupVersion(id, request, Versions.required(ifMatch), caller.actor());
        return Response.ok(changed).tag(Versions.etag(changed.version())).build();
    }

    @DELETE
    @Path("policy-group-versions/{id}")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Operation(operationId = "deletePolicyGroupVersion", summary = "Delete a draft group version")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "`policy.version-used` or `policy.version-active` (only drafts are deleted)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deletePolicyGroupVersion(@PathParam("id") UUID id) {
        versions.deleteGroupVersion(id, caller.actor());
        return Response.noContent().build();
    }

    @POST
    @Path("policy-group-versions/{id}/activation")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Operation(operationId = "activatePolicyGroupVersion", summary = "Put a draft group version in force from its date",
            description = "The open version that began earlier ends the day before; other overlaps answer 409 `policy.version-overlap`.")
    @APIResponse(responseCode = "200", description = "Active",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyVersionViews.GroupVersionView.class)))
    @APIResponse(responseCode = "409", description = "`policy.version-overlap` or `policy.version-active`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response activatePolicyGroupVersion(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        PolicyVersionViews.GroupVersionView active = versions.activateGroupVersion(id, Versions.required(ifMatch), caller.actor());
        return Response.ok(active).tag(Versions.etag(active.version())).build();
    }

    @GET
    @Path("standard-levels")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "listStandardLevels", summary = "The timeline of standard levels, national and your province's overrides",
            description = READERS_NOTE + " Drafts are listed for PROVINCE_OFFICER and ADMIN.")
    @APIResponse(responseCode = "200", description = "By series, province and date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PolicyVersionViews.LevelVersionView.class)))
    public List<PolicyVersionViews.LevelVersionView> listStandardLevels(
            @Parameter(example = "ND20_STANDARD") @QueryParam("levelCode") String levelCode,
            @Parameter(description = "For a country scope: whose overrides to list", example = "14") @QueryParam("provinceCode") String provinceCode) {
        return versions.levels(levelCode, provinceCode, caller.actor());
    }

    @POST
    @Path("standard-levels")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addStandardLevel", summary = "Add a draft standard level effective from a date",
            description = "With `provinceCode`: the province's own level, applied in that province when higher than the national one.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PolicyVersionViews.NewLevelVersion.class),
            examples = @ExampleObject(name = "provincial", value = """
                    {"levelCode":"ND20_STANDARD","provinceCode":"14","amountVnd":600000,"effectiveFrom":"2026-01-01",
                     "legalBasis":"Nghị quyết 12/2025/NQ-HĐND tỉnh Sơn La"}""")))
    @APIResponse(responseCode = "201", description = "The draft",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyVersionViews.LevelVersionView.class)))
    public Response addStandardLevel(@Valid @NotNull PolicyVersionViews.NewLevelVersion request) {
        PolicyVersionViews.LevelVersionView created = versions.addLevel(request, caller.actor());
        return Response.created(URI.create("standard-levels/" + created.id())).tag(Versions.etag(created.version()))
                .entity(created).build();
    }

    @PUT
    @Path("standard-levels/{id}")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeStandardLevel", summary = "Change a standard level not yet used",
            description = "Send the ETag in `If-Match`. A level used by a decision or payment answers 409 `policy.version-used`.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyVersionViews.LevelVersionView.class)))
    @APIResponse(responseCode = "409", description = "`policy.version-used` or `policy.version-overlap`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changeStandardLevel(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PolicyVersionViews.LevelChange request) {
        PolicyVersionViews.LevelVersionView changed = versions.changeLevel(id, request, Versions.required(ifMatch), caller.actor());
        return Response.ok(changed).tag(Versions.etag(changed.version())).build();
    }

    @DELETE
    @Path("standard-levels/{id}")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Operation(operationId = "deleteStandardLevel", summary = "Delete a draft standard level")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "`policy.version-used` or `policy.version-active` (only drafts are deleted)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deleteStandardLevel(@PathParam("id") UUID id) {
        versions.deleteLevel(id, caller.actor());
        return Response.noContent().build();
    }

    @POST
    @Path("standard-levels/{id}/activation")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Operation(operationId = "activateStandardLevel", summary = "Put a draft standard level in force from its date")
    @APIResponse(responseCode = "200", description = "Active",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyVersionViews.LevelVersionView.class)))
    @APIResponse(responseCode = "409", description = "`policy.version-overlap` or `policy.version-active`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response activateStandardLevel(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        PolicyVersionViews.LevelVersionView active = versions.activateLevel(id, Versions.required(ifMatch), caller.actor());
        return Response.ok(active).tag(Versions.etag(active.version())).build();
    }
}
