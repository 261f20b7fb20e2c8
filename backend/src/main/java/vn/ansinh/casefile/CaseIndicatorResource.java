package vn.ansinh.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.AnSinhApi;
import vn.ansinh.identity.Caller;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.QueryParams;

@Path("/case-indicators")
@Tag(name = "Applications")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class CaseIndicatorResource {

    @Inject
    CaseQueries queries;

    @Inject
    Caller caller;

    @GET
    @Path("/processing-time")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR, Role.Names.ADMIN })
    @Operation(operationId = "getProcessingTime", summary = "Processing time versus the legal deadline, per commune",
            description = "Applications decided in [from, to] (default: the last 12 months), in working days from receipt to decision, "
                    + "against the legal working days of their steps; `tenPercentFaster` when the mean is at most 90% of the legal one.")
    @APIResponse(responseCode = "200", description = "The indicator", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProcessingTimeView.class)))
    public ProcessingTimeView getProcessingTime(
            @Parameter(description = "One commune (default: every commune in scope)", example = "03688") @QueryParam("communeCode") String communeCode,
            @Parameter(description = "First decision day", example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last decision day", example = "2026-12-31") @QueryParam("to") String to) {
        return queries.processingTime(communeCode, QueryParams.date("from", from, null), QueryParams.date("to", to, null), caller.actor());
    }
}
