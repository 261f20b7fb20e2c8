package vn.ansinh.policy;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import vn.ansinh.identity.Caller;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.Problem;

@Path("/policy-simulations")
@Tag(name = "Policies")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class SimulationResource {

    @Inject
    SimulationService simulations;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startPolicySimulation", summary = "Simulate a version applied from a month over a province's registry",
            description = "Starts a job that evaluates every person of the province's registry in the month, with and without the "
                    + "version, and answers how many gain, lose or change amount, the monthly cost before and after, and a "
                    + "breakdown by group and commune. Poll `GET /policy-simulations/{id}` (done/total) until DONE.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimulationViews.NewSimulation.class),
            examples = @ExampleObject(name = "level", value = """
                    {"draftKind":"LEVEL","draftId":"0193a5c2-5a00-7d55-8e66-3f2a1b4c5d77","fromMonth":"2026-01","provinceCode":"14"}""")))
    @APIResponse(responseCode = "202", description = "Queued",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimulationViews.SimulationView.class)))
    @APIResponse(responseCode = "404", description = "`policy.version-not-found` or a province outside your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response startPolicySimulation(@Valid @NotNull SimulationViews.NewSimulation request) {
        SimulationViews.SimulationView job = simulations.start(request, caller.actor());
        return Response.accepted(job).location(URI.create("policy-simulations/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Operation(operationId = "getPolicySimulation", summary = "A simulation's progress and, when DONE, its result")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimulationViews.SimulationView.class)))
    @APIResponse(responseCode = "404", description = "`policy.simulation-not-found`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SimulationViews.SimulationView getPolicySimulation(@PathParam("id") UUID id) {
        return simulations.get(id, caller.actor());
    }
}
