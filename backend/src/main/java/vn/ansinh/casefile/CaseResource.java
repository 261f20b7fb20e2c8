package vn.ansinh.casefile;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import vn.ansinh.shared.PageView;
import vn.ansinh.shared.Problem;
import vn.ansinh.shared.QueryParams;
import vn.ansinh.shared.Versions;

@Path("/cases")
@Tag(name = "Applications")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private static final String IF_MATCH = "Optional ETag of the application; when sent and stale: 412 `version.stale`";
    private static final String TRANSITION = "Illegal in the current status: 409 `case.illegal-transition`; after a decision or "
            + "withdrawal: 409 `case.closed`.";
    private static final String MEDIA_PDF = "application/pdf";

    @Inject
    CaseService cases;

    @Inject
    CaseQueries queries;

    @Inject
    CasePrints prints;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCase", summary = "Register a draft application for a person and a requested group",
            description = "400 `case.unknown-person` / `case.unknown-group` (group not in force in the person's province today); "
                    + "409 `case.open-exists` when the person has an open application for the group.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseRequests.NewCase.class),
            examples = @ExampleObject(name = "social pension", value = "{\"personId\":\"0193a5c2-7c1e-7d3a-9a63-1f0c2b1e4d55\",\"groupCode\":\"ND176_75_PLUS\"}")))
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "`case.open-exists`", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response createCase(@Valid @NotNull CaseRequests.NewCase request) {
        CaseView created = cases.create(request, caller.actor());
        return Response.created(AnSinhApi.location(CaseService.HREF + created.id())).tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "listCases", summary = "List applications within the caller's scope, most recently changed first")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CasePage.class)))
    public PageView<CaseSummary> listCases(
            @Parameter(description = "Commune", example = "03688") @QueryParam("communeCode") String communeCode,
            @Parameter(description = "Person") @QueryParam("personId") UUID personId,
            @Parameter(description = "Status", schema = @Schema(implementation = CaseStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Page index from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @Parameter(description = "Page size, at most 200") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return queries.list(communeCode, personId, QueryParams.enumValue("status", status, CaseStatus.class), page, size, caller.actor());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "getCase", summary = "An application with its documents, objections, timeline and deadlines")
    @APIResponse(responseCode = "200", description = "The application", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class)))
    public Response getCase(@PathParam("id") UUID id) {
        return ok(cases.get(id, caller.actor()), 200);
    }

    @POST
    @Path("/{id}/documents")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCaseDocument", summary = "Add a paper to an application (its file is uploaded separately)",
            description = "Until the application is proposed; later: 409 `case.illegal-transition`.")
    @APIResponse(responseCode = "201", description = "The document", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.DocumentView.class)))
    public Response addCaseDocument(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.NewDocument request) {
        return Response.status(201).entity(cases.addDocument(id, request, caller.actor())).build();
    }

    @PUT
    @Path("/{id}/documents/{documentId}/file")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR })
    @Consumes({ "application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM })
    @Operation(operationId = "uploadCaseDocumentFile", summary = "Upload (or replace) a document's file: PDF, JPEG or PNG",
            description = "The body is the file itself. Checked by its first bytes, not by its name: anything else answers 415 "
                    + "`document.unsupported-type`, a declared type that differs from the content 415 `document.content-mismatch`; "
                    + "over the limit (1,000,000 bytes by default) 413 `document.too-large`. The name comes in `X-File-Name`.")
    @RequestBody(required = true, content = { @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "The document with its file", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.DocumentView.class)))
    @APIResponse(responseCode = "413", description = "`document.too-large`", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "`document.unsupported-type`, `document.content-mismatch`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseView.DocumentView uploadCaseDocumentFile(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            @Parameter(description = "Original file name", example = "cccd.pdf") @HeaderParam("X-File-Name") String fileName,
            @HeaderParam("Content-Type") String contentType, byte[] content) {
        return cases.uploadFile(id, documentId, fileName == null ? null : java.net.URLDecoder.decode(fileName,
                java.nio.charset.StandardCharsets.UTF_8), contentType, content, caller.actor());
    }

    @GET
    @Path("/{id}/documents/{documentId}/file")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.ADMIN })
    @Produces({ "application/pdf", "image/jpeg", "image/png", Problem.MEDIA_TYPE })
    @Operation(operationId = "getCaseDocumentFile", summary = "Download a document's file (as an attachment)")
    @APIResponse(responseCode = "200", description = "The file", content = { @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response getCaseDocumentFile(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        CaseService.StoredFile file = cases.file(id, documentId, caller.actor());
        return Response.ok(file.content(), file.contentType()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"" + ascii(file.fileName()) + "\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitCase", summary = "Submit a draft: who brought it and the day the commune received it",
            description = "DRAFT → SUBMITTED. Deadlines count from `submittedOn`. " + TRANSITION)
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "`case.illegal-transition`, `case.closed`", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitCase(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Submission request,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.submit(id, request, version(ifMatch), caller.actor()), 200);
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN })
    @Operation(operationId = "startCaseReview", summary = "Start the commune's review and store the eligibility snapshot",
            description = "SUBMITTED → UNDER_REVIEW; the evaluator's full explanation for today is kept with the application. " + TRANSITION)
    @APIResponse(responseCode = "200", description = "Under review", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "`case.illegal-transition`, `case.closed`", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response startCaseReview(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.startReview(id, version(ifMatch), caller.actor()), 200);
    }

    @POST
    @Path("/{id}/posting")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postCase", summary = "Post the application publicly at the commune office",
            description = "UNDER_REVIEW → POSTED; by default from today for 2 working days (the start day counted). " + TRANSITION)
    @APIResponse(responseCode = "200", description = "Posted", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "`case.illegal-transition`, `case.closed`", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response postCase(@PathParam("id") UUID id, CaseRequests.Posting request,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.post(id, request, version(ifMatch), caller.actor()), 200);
    }

    @POST
    @Path("/{id}/objections")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCaseObjection", summary = "Record an objection to a posted application",
            description = "While POSTED or PROPOSED. Answer due in 10 working days.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.ObjectionView.class)))
    @APIResponse(responseCode = "409", description = "`case.illegal-transition`, `case.closed`", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addCaseObjection(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.NewObjection request) {
        return Response.status(201).entity(cases.addObjection(id, request, caller.actor())).build();
    }

    @POST
    @Path("/{id}/objections/{objectionId}/answer")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerCaseObjection", summary = "Answer an objection")
    @APIResponse(responseCode = "200", description = "Answered", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.ObjectionView.class)))
    @APIResponse(responseCode = "409", description = "`objection.answered`", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public CaseView.ObjectionView answerCaseObjection(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId,
            @Valid @NotNull CaseRequests.ObjectionAnswer request) {
        return cases.answerObjection(id, objectionId, request, caller.actor());
    }

    @POST
    @Path("/{id}/proposal")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN })
    @Operation(operationId = "proposeCase", summary = "Forward the application for decision",
            description = "POSTED → PROPOSED, after the posting ended (409 `case.posting-not-ended`) and with every objection "
                    + "answered (409 `case.objections-open`). " + TRANSITION)
    @APIResponse(responseCode = "200", description = "Proposed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "`case.posting-not-ended`, `case.objections-open`, `case.illegal-transition`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response proposeCase(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.propose(id, version(ifMatch), caller.actor()), 200);
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({ Role.Names.APPROVER })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveCase", summary = "Approve: the decision that creates the entitlement",
            description = "PROPOSED → APPROVED. The entitlement takes the group's coefficient and level on the decision date and "
                    + "starts by the group's rule (decision month; month of reaching the age, not before receipt; certificate "
                    + "month). 409 `case.group-not-in-force`, `case.certificate-missing`. " + TRANSITION)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseRequests.Approval.class),
            examples = @ExampleObject(name = "decision", value = "{\"decisionNumber\":\"15/QĐ-UBND\",\"decisionDate\":\"2026-12-01\",\"signer\":\"Lường Văn Hùng\"}")))
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "`case.illegal-transition`, `case.closed`, `case.group-not-in-force`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approveCase(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Approval request,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.approve(id, request, version(ifMatch), caller.actor()), 200);
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed({ Role.Names.APPROVER })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectCase", summary = "Reject, with a reason",
            description = "UNDER_REVIEW, POSTED or PROPOSED → REJECTED; `reason` required. " + TRANSITION)
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "`case.illegal-transition`, `case.closed`", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rejectCase(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Rejection request,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.reject(id, request, version(ifMatch), caller.actor()), 200);
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawCase", summary = "Withdraw an application before its decision", description = TRANSITION)
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "`case.closed`", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response withdrawCase(@PathParam("id") UUID id, CaseRequests.Withdrawal request,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.withdraw(id, request, version(ifMatch), caller.actor()), 200);
    }

    @POST
    @Path("/decisions")
    @RolesAllowed({ Role.Names.APPROVER })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideCases", summary = "Approve or reject many applications at once",
            description = "Each item is decided in its own transaction and answered with the status it would have had alone "
                    + "(200, or the problem's status and code): one refusal never undoes the others.")
    @APIResponse(responseCode = "200", description = "One answer per item, in order", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseRequests.BulkResult.class)))
    public CaseRequests.BulkResult decideCases(@Valid @NotNull CaseRequests.BulkDecision request) {
        return cases.decideAll(request, caller.actor());
    }

    @GET
    @Path("/{id}/decision")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.ADMIN })
    @Produces({ MEDIA_PDF, Problem.MEDIA_TYPE })
    @Operation(operationId = "printCaseDecision", summary = "The signed decision as a printable PDF (Vietnamese)",
            description = "409 `case.not-approved` before the approval.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = MEDIA_PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "`case.not-approved`", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response printCaseDecision(@PathParam("id") UUID id) {
        return Response.ok(prints.decision(id, caller.actor()), MEDIA_PDF)
                .header("Content-Disposition", "inline; filename=\"quyet-dinh-" + id + ".pdf\"").build();
    }

    private static Response ok(CaseView view, int status) {
        return Response.status(status).tag(Versions.etag(view.version())).entity(view).build();
    }

    private static Long version(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : Versions.required(ifMatch);
    }

    private static String ascii(String name) {
        return vn.ansinh.shared.VietnameseText.fold(name).replaceAll("[^A-Za-z0-9._ -]", "_");
    }

    /** Names the page type in the contract. */
    @Schema(name = "CasePage", description = "One page of applications")
    static final class CasePage {
        @Schema(required = true) public List<CaseSummary> items;
        @Schema(required = true) public int page;
        @Schema(required = true) public int size;
        @Schema(required = true) public long totalItems;
        @Schema(required = true) public int totalPages;
    }
}
