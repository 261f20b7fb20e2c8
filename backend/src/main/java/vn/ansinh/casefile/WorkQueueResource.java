package vn.ansinh.casefile;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

@Path("/work-queue")
@Tag(name = "Applications")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class WorkQueueResource {

    @Inject
    CaseQueries queries;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR, Role.Names.ADMIN })
    @Operation(operationId = "getWorkQueue", summary = "What the caller has to do, soonest due first",
            description = "Social worker: drafts to submit, applications to review, post and propose, objections to answer. "
                    + "Approver: applications to decide and entitlement proposals to answer. Province officer: late applications.")
    @APIResponse(responseCode = "200", description = "The queue", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = WorkQueueItem.class)))
    public List<WorkQueueItem> getWorkQueue() {
        return queries.workQueue(caller.actor());
    }
}
