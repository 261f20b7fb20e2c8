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

@Path("/entitlement-proposals")
@Tag(name = "Entitlements")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

    @Inject
    BenefitService benefits;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.ADMIN })
    @Operation(operationId = "listOpenProposals", summary = "Open proposals within the caller's scope: the approver's queue")
    @APIResponse(responseCode = "200", description = "Open proposals, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ProposalView.class)))
    public List<ProposalView> listOpenProposals() {
        return benefits.openProposals(caller.actor());
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed({ Role.Names.APPROVER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerProposal", summary = "Accept or reject a proposal",
            description = "Accepting a termination ends the entitlement with the month of the event. A rejection needs `answer`.")
    @APIResponse(responseCode = "200", description = "The answered proposal", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "409", description = "`proposal.decided`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProposalView answerProposal(@PathParam("id") UUID id, @Valid @NotNull BenefitRequests.Answer request) {
        return benefits.answer(id, request, caller.actor());
    }
}
