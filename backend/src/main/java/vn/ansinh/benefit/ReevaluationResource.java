package vn.ansinh.benefit;

import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.AnSinhApi;
import vn.ansinh.identity.Caller;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.Problem;

@Path("/reevaluations")
@Tag(name = "Entitlements")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ReevaluationResource {

    @Inject
    ReevaluationService reevaluations;

    @Inject
    Caller caller;

    /** The body of POST /reevaluations. */
    @Schema(name = "NewReevaluation")
    public record NewReevaluation(
            @Schema(required = true, examples = "14") @NotNull String provinceCode,
            @Schema(required = true) @NotNull java.time.YearMonth month) {
    }

    @POST
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startReevaluation", summary = "Re-evaluate every active entitlement of a province for a month",
            description = "A job: answers 202 at once; poll GET /reevaluations/{id}. Automatic changes (a child reaching 36 months, "
                    + "an orphan turning 4, the July 2025 social pension, a new standard level) are applied and audited; changes "
                    + "that need a decision (household left poverty, facts changed, death) become proposals in the approver's queue. "
                    + "409 `reevaluation.running` while a run for the same province and month is going.")
    @APIResponse(responseCode = "202", description = "Started", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReevaluationView.class)))
    @APIResponse(responseCode = "409", description = "`reevaluation.running`", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response startReevaluation(@Valid @NotNull NewReevaluation request) {
        ReevaluationView job = reevaluations.start(request.provinceCode(), request.month(), caller.actor());
        return Response.accepted(job).location(AnSinhApi.location("/api/v1/reevaluations/" + job.id())).build();
    }

    @GET
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN, Role.Names.AUDITOR })
    @Operation(operationId = "listReevaluations", summary = "Recent re-evaluation jobs of the caller's province")
    @APIResponse(responseCode = "200", description = "Newest first", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ReevaluationView.class)))
    public List<ReevaluationView> listReevaluations() {
        return reevaluations.recent(caller.actor());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN, Role.Names.AUDITOR })
    @Operation(operationId = "getReevaluation", summary = "One re-evaluation job with its progress")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReevaluationView.class)))
    public ReevaluationView getReevaluation(@PathParam("id") UUID id) {
        return reevaluations.get(id, caller.actor());
    }
}
