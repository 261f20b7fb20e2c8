package vn.ansinh.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

@Path("/public-postings")
@Tag(name = "Applications")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
public class PublicPostingResource {

    private static final String MEDIA_PDF = "application/pdf";

    @Inject
    CaseQueries queries;

    @Inject
    CasePrints prints;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "getPublicPosting", summary = "The commune's notice-board list of posted applications",
            description = "Name, birth year, village and requested group only: never identification numbers, HIV status or other "
                    + "sensitive data (ND 20/2021 Art. 8).")
    @APIResponse(responseCode = "200", description = "The list", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PostingListView.class)))
    public PostingListView getPublicPosting(
            @Parameter(description = "Commune (default: the caller's)", example = "03688") @QueryParam("communeCode") String communeCode) {
        return queries.postingList(communeCode, caller.actor());
    }

    @GET
    @Path("/pdf")
    @Produces({ MEDIA_PDF, Problem.MEDIA_TYPE })
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR, Role.Names.ADMIN })
    @Operation(operationId = "printPublicPosting", summary = "The notice-board list as a printable PDF (Vietnamese)")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = MEDIA_PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response printPublicPosting(
            @Parameter(description = "Commune (default: the caller's)", example = "03688") @QueryParam("communeCode") String communeCode) {
        return Response.ok(prints.postingList(communeCode, caller.actor()), MEDIA_PDF)
                .header("Content-Disposition", "inline; filename=\"niem-yet.pdf\"").build();
    }
}
