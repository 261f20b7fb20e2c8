package vn.ansinh.area;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/villages")
@Tag(name = "Villages")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class VillageResource {

    private static final String EXAMPLE = """
            {"id":"0193a5c2-5a00-7d55-8e66-3f2a1b4c5d77","communeCode":"03688","name":"Bản Nà Cài",
             "attributes":[{"kind":"ESPECIALLY_DIFFICULT","validFrom":"2021-09-01","validTo":null,"decisionNumber":"612/QĐ-UBDT"}],
             "version":0}""";

    @Inject
    VillageService villages;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "listVillages", summary = "A commune's villages with their attributes")
    @APIResponse(responseCode = "200", description = "The villages by name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = VillageView.class),
                    examples = @ExampleObject(name = "villages", value = "[" + EXAMPLE + "]")))
    public List<VillageView> listVillages(
            @Parameter(description = "Commune; a commune worker's own when absent", example = "03688")
            @QueryParam("communeCode") String communeCode) {
        return villages.list(communeCode, caller.actor());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "getVillage", summary = "Get a village")
    @APIResponse(responseCode = "200", description = "The village",
            headers = @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VillageView.class),
                    examples = @ExampleObject(name = "village", value = EXAMPLE)))
    public Response getVillage(@PathParam("id") UUID id) {
        VillageView village = villages.get(id, caller.actor());
        return Response.ok(village).tag(Versions.etag(village.version())).build();
    }

    @POST
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createVillage", summary = "Add a village to a commune's list",
            description = "Names are unique within the commune, ignoring diacritics and case (409 `village.name-exists`).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VillageRequests.NewVillage.class),
            examples = @ExampleObject(name = "village", value = "{\"communeCode\":\"03688\",\"name\":\"Bản Nà Cài\"}")))
    @APIResponse(responseCode = "201", description = "Added",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VillageView.class)))
    @APIResponse(responseCode = "409", description = "`village.name-exists`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createVillage(@Valid @NotNull VillageRequests.NewVillage request) {
        VillageView village = villages.create(request, caller.actor());
        return Response.created(AnSinhApi.location("/api/v1/villages/" + village.id())).tag(Versions.etag(village.version()))
                .entity(village).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameVillage", summary = "Rename a village",
            description = "Send the ETag in `If-Match` (428 without it, 412 when stale).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VillageRequests.VillageRename.class),
            examples = @ExampleObject(name = "rename", value = "{\"name\":\"Bản Nà Cài Trên\"}")))
    @APIResponse(responseCode = "200", description = "Renamed",
            headers = @Header(name = "ETag", description = "New version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VillageView.class)))
    @APIResponse(responseCode = "412", description = "Stale version (`version.stale`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (`precondition.required`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response renameVillage(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version changed", required = true, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull VillageRequests.VillageRename request) {
        VillageView village = villages.rename(id, request, Versions.required(ifMatch), caller.actor());
        return Response.ok(village).tag(Versions.etag(village.version())).build();
    }

    @POST
    @Path("/{id}/attributes")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addVillageAttribute", summary = "Give a village an attribute for a period",
            description = "By the province (PROVINCE_OFFICER) or an ADMIN in scope. The open period of the same kind that started "
                    + "earlier ends the day before; other overlaps answer 409 `village.attribute-overlap`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VillageRequests.NewVillageAttribute.class),
            examples = @ExampleObject(name = "especially difficult", value = """
                    {"kind":"ESPECIALLY_DIFFICULT","validFrom":"2021-09-01","decisionNumber":"612/QĐ-UBDT"}""")))
    @APIResponse(responseCode = "201", description = "The village with its attributes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VillageView.class),
                    examples = @ExampleObject(name = "village", value = EXAMPLE)))
    @APIResponse(responseCode = "409", description = "`village.attribute-overlap`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addVillageAttribute(@PathParam("id") UUID id, @Valid @NotNull VillageRequests.NewVillageAttribute request) {
        return Response.status(Response.Status.CREATED).entity(villages.addAttribute(id, request, caller.actor())).build();
    }
}
