package vn.ansinh.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
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

@Path("/eligibility")
@Tag(name = "Eligibility")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    @Inject
    PolicyService policies;

    @Inject
    Caller caller;

    @POST
    @Path("/evaluations")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.INTEGRATOR,
            Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluateEligibility", summary = "Who qualifies for what on a date, and why",
            description = "Evaluates a registered person (their facts, household poverty status and area attributes as of the date) "
                    + "or an ad-hoc profile against every programme that applies where they live. Each group answers with every "
                    + "criterion's result and reason; `chosen` is what would be paid: only the highest amount (ND 20/2021 Art. 6.2) "
                    + "plus the groups paid in addition (the poor single parent, provincial top-ups). Nothing is stored. "
                    + "HIV facts count only for callers who may see them (`sensitiveWithheld`).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationRequest.class),
            examples = {
                    @ExampleObject(name = "person", value = "{\"personId\":\"0193a5c2-5a00-7d55-8e66-3f2a1b4c5d77\",\"on\":\"2025-07-01\"}"),
                    @ExampleObject(name = "profile", value = """
                            {"profile":{"communeCode":"03688","birthDate":"1948-03-10","povertyStatus":"NEAR_POOR",
                             "areaAttributes":["ESPECIALLY_DIFFICULT"],"facts":[{"kind":"PENSION","codeValue":"NONE"}]},
                             "on":"2025-07-01"}""") }))
    @APIResponse(responseCode = "200", description = "The explanation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityView.class)))
    @APIResponse(responseCode = "400", description = "`validation.failed`: neither or both of personId and profile, or an invalid profile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "`person.not-found`: no such person within your area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EligibilityView evaluateEligibility(@Valid @NotNull EvaluationRequest request) {
        return policies.evaluate(request, caller.actor());
    }
}
