package vn.ansinh.payment;

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
import vn.ansinh.shared.Problem;
import vn.ansinh.shared.Versions;

@Path("/")
@Tag(name = "Payment agents")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class AgentResource {

    @Inject
    AgentService agents;

    @Inject
    Caller caller;

    @POST
    @Path("payment-agents")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPaymentAgent", summary = "Register a payment agent (post office, bank) of a province")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentView.class)))
    @APIResponse(responseCode = "409", description = "`payment.agent-code-exists`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createPaymentAgent(@Valid @NotNull AgentRequests.NewAgent request) {
        AgentView agent = agents.create(request, caller.actor());
        return Response.created(AnSinhApi.location("/api/v1/payment-agents/" + agent.id())).entity(agent).build();
    }

    @GET
    @Path("payment-agents")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.ADMIN })
    @Operation(operationId = "listPaymentAgents", summary = "List the payment agents of the caller's province")
    @APIResponse(responseCode = "200", description = "The agents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AgentView.class)))
    public List<AgentView> listPaymentAgents() {
        return agents.list(caller.actor());
    }

    @GET
    @Path("payment-agents/{id}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.ADMIN })
    @Operation(operationId = "getPaymentAgent", summary = "Get a payment agent")
    @APIResponse(responseCode = "200", description = "The agent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentView.class)))
    public AgentView getPaymentAgent(@PathParam("id") UUID id) {
        return agents.get(id, caller.actor());
    }

    @POST
    @Path("payment-agents/{id}/service-points")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openServicePoint", summary = "Open the agent's service point of a commune",
            description = "A commune has at most one active service point; payrolls generated afterwards go to its agent.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServicePointView.class)))
    @APIResponse(responseCode = "409", description = "`payment.service-point-exists`: the commune has an active point",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response openServicePoint(@PathParam("id") UUID id, @Valid @NotNull AgentRequests.NewServicePoint request) {
        ServicePointView point = agents.addServicePoint(id, request, caller.actor());
        return Response.created(AnSinhApi.location("/api/v1/payment-agents/" + id + "/service-points/" + point.id()))
                .entity(point).build();
    }

    @GET
    @Path("payment-agents/{id}/service-points")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.ADMIN })
    @Operation(operationId = "listServicePoints", summary = "List the agent's service points")
    @APIResponse(responseCode = "200", description = "The service points",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ServicePointView.class)))
    public List<ServicePointView> listServicePoints(@PathParam("id") UUID id) {
        return agents.servicePoints(id, caller.actor());
    }

    @POST
    @Path("payment-agents/{id}/service-points/{pointId}/closure")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Operation(operationId = "closeServicePoint", summary = "Close a service point")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServicePointView.class)))
    public ServicePointView closeServicePoint(@PathParam("id") UUID id, @PathParam("pointId") UUID pointId) {
        return agents.closeServicePoint(id, pointId, caller.actor());
    }

    @POST
    @Path("payment-agents/{id}/users")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignAgentUser", summary = "Assign a payment agent user to a commune of the agent",
            description = "The user then sees the commune's payrolls assigned to this agent. Assigning again answers the same row.")
    @APIResponse(responseCode = "201", description = "Assigned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentUserView.class)))
    @APIResponse(responseCode = "409", description = "`payment.agent-user-assigned`: the user works for another agent there",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response assignAgentUser(@PathParam("id") UUID id, @Valid @NotNull AgentRequests.NewAgentUser request) {
        AgentUserView user = agents.assignUser(id, request, caller.actor());
        return Response.status(201).entity(user).build();
    }

    @GET
    @Path("payment-agents/{id}/users")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR, Role.Names.ADMIN })
    @Operation(operationId = "listAgentUsers", summary = "List the agent's users and their communes")
    @APIResponse(responseCode = "200", description = "The assignments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AgentUserView.class)))
    public List<AgentUserView> listAgentUsers(@PathParam("id") UUID id) {
        return agents.users(id, caller.actor());
    }

    @DELETE
    @Path("payment-agents/{id}/users/{assignmentId}")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Operation(operationId = "unassignAgentUser", summary = "End a user's assignment to a commune")
    @APIResponse(responseCode = "204", description = "Ended")
    public Response unassignAgentUser(@PathParam("id") UUID id, @PathParam("assignmentId") UUID assignmentId) {
        agents.unassignUser(id, assignmentId, caller.actor());
        return Response.noContent().build();
    }

    @GET
    @Path("payment-settings/{provinceCode}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.ADMIN })
    @Operation(operationId = "getPaymentSetting", summary = "A province's payment fee and funeral support multiple")
    @APIResponse(responseCode = "200", description = "The settings (defaults until the province sets them: fee 0 %, funeral 20×)",
            headers = @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentSettingView.class)))
    public Response getPaymentSetting(@PathParam("provinceCode") String provinceCode) {
        PaymentSettingView setting = agents.setting(provinceCode, caller.actor());
        return Response.ok(setting).tag(Versions.etag(setting.version())).build();
    }

    @PUT
    @Path("payment-settings/{provinceCode}")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changePaymentSetting", summary = "Set a province's payment fee and funeral support multiple",
            description = "Send the ETag of GET in `If-Match` (412 `version.stale` when stale).")
    @APIResponse(responseCode = "200", description = "The new settings",
            headers = @Header(name = "ETag", description = "New version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentSettingView.class)))
    @APIResponse(responseCode = "412", description = "Stale version (`version.stale`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changePaymentSetting(@PathParam("provinceCode") String provinceCode,
            @Parameter(description = "The ETag of the version changed", required = true, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AgentRequests.SettingChange change) {
        PaymentSettingView setting = agents.changeSetting(provinceCode, change, Versions.required(ifMatch), caller.actor());
        return Response.ok(setting).tag(Versions.etag(setting.version())).build();
    }
}
