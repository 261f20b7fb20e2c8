package vn.ansinh.person;

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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import vn.ansinh.audit.AuditEventView;
import vn.ansinh.identity.Caller;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.Problem;
import vn.ansinh.shared.QueryParams;
import vn.ansinh.shared.Versions;

@Path("/people")
@Tag(name = "People")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    PersonService people;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPerson", summary = "Register a person",
            description = "409 `person.national-id-exists` when the identity number is taken (with `existing.href` when the "
                    + "caller may see that person); 409 `person.possible-duplicate` when people of the same province have the "
                    + "same name and a birth date that may be the same day, unless every candidate id is listed in "
                    + "`confirmedDistinctFrom` (the problem lists `candidates` the caller may see, and counts and lists the ids of "
                    + "the others in `otherCandidates` / `otherCandidateIds`).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewPerson.class),
            examples = @ExampleObject(name = "elderly", value = """
                    {"communeCode":"03688","nationalId":"014048001234","fullName":"Lò Văn Đức","birthDate":"1948",
                     "sex":"MALE","ethnicGroupCode":"03","phone":"0912345678"}""")))
    @APIResponse(responseCode = "201", description = "Registered",
            headers = { @Header(name = "Location", description = "The person's address", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "409", description = "`person.national-id-exists` or `person.possible-duplicate`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = PersonConflictProblem.class),
                    examples = @ExampleObject(name = "possible duplicate", value = """
                            {"type":"urn:ansinh:problem:person.possible-duplicate","title":"Có thể trùng người","status":409,
                             "code":"person.possible-duplicate","candidates":[{"id":"0193a5c2-7c1e-7d3a-9a63-1f0c2b1e4d55",
                             "fullName":"Lò Văn Đức","birthDate":"1948","communeCode":"03688","communeName":"Xã Mường Chiên",
                             "householdCode":"03688-000001"}],"otherCandidates":0,"otherCandidateIds":[]}""")))
    public Response createPerson(@Valid @NotNull NewPerson request) {
        PersonView person = people.create(request, caller.actor());
        return Response.created(AnSinhApi.location(PersonService.HREF + person.id())).tag(Versions.etag(person.version()))
                .entity(person).build();
    }

    @GET
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "listPeople", summary = "Search people",
            description = "Always within the caller's scope (a commune worker: their commune). `q` ignores diacritics and case: "
                    + "every word must be a whole word of the name, the last one may be its beginning "
                    + "(`nguyen van duc` and `duc` find \"Nguyễn Văn Đức\", `ngu` finds \"Nguyễn …\"). Never returns facts.")
    @APIResponse(responseCode = "200", description = "One page of people",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonPage.class),
                    examples = @ExampleObject(name = "found", value = """
                            {"items":[{"id":"0193a5c2-7c1e-7d3a-9a63-1f0c2b1e4d55","fullName":"Nguyễn Văn Đức","birthDate":"1948",
                             "sex":"MALE","nationalId":"014048001234","communeCode":"03688","householdCode":"03688-000001",
                             "villageName":"Bản Nà Cài"}],"page":0,"size":50,"totalItems":1,"totalPages":1,"totalItemsCapped":false}""")))
    public PersonPage listPeople(
            @Parameter(description = "Name, with or without diacritics", example = "nguyen van duc") @QueryParam("q") String q,
            @Parameter(description = "Identity number, exact", example = "014048001234") @QueryParam("nationalId") String nationalId,
            @Parameter(description = "Birth year", example = "1948") @QueryParam("birthYear") @Min(1900) @Max(2100) Integer birthYear,
            @Parameter(description = "Birth date (`1948`, `1948-05`, `1948-05-17`); matches people whose less precise birth date "
                    + "may be that day", example = "1948-05-17") @QueryParam("birthDate") String birthDate,
            @Parameter(description = "Commune (within the caller's scope)", example = "03688") @QueryParam("communeCode") String communeCode,
            @Parameter(description = "Household") @QueryParam("householdId") UUID householdId,
            @Parameter(description = "fullName, -fullName, birthDate, -birthDate, createdAt, -createdAt",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "fullName", "-fullName", "birthDate", "-birthDate",
                            "createdAt", "-createdAt" })) @QueryParam("sort") @DefaultValue("fullName") String sort,
            @Parameter(description = "Page index from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @Parameter(description = "Page size, at most 200") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return people.search(new PersonQuery(q, nationalId, birthYear, birthDate, communeCode, householdId, sort, page, size),
                caller.actor());
    }

    @GET
    @Path("/duplicates")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "listPossibleDuplicates", summary = "Groups of people in a commune who may be the same person",
            description = "Same name (without diacritics) and birth year within the province, or same phone in different "
                    + "households of the commune. Pairs confirmed as different people are left out.")
    @APIResponse(responseCode = "200", description = "The groups",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DuplicateGroup.class),
                    examples = @ExampleObject(name = "one group", value = """
                            [{"key":"name-birth-year:lo van duc:1948","people":[{"id":"0193a5c2-7c1e-7d3a-9a63-1f0c2b1e4d55",
                             "fullName":"Lò Văn Đức","birthDate":"1948","sex":"MALE","nationalId":null,"communeCode":"03688",
                             "householdCode":null,"villageName":null}],"otherPeople":1}]""")))
    public List<DuplicateGroup> listPossibleDuplicates(
            @Parameter(description = "Commune; a commune worker's own when absent", example = "03688")
            @QueryParam("communeCode") String communeCode) {
        return people.duplicates(communeCode, caller.actor());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "getPerson", summary = "Get a person with the facts in force today",
            description = "Another commune's person answers 404. Reads by integrators are audited.")
    @APIResponse(responseCode = "200", description = "The person",
            headers = @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    public Response getPerson(@PathParam("id") UUID id) {
        PersonView person = people.get(id, caller.actor());
        return Response.ok(person).tag(Versions.etag(person.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR })
    @Consumes({ MediaType.APPLICATION_JSON, MERGE_PATCH })
    @Operation(operationId = "updatePerson", summary = "Change a person",
            description = "Send the ETag in `If-Match` (428 `precondition.required` without it, 412 `version.stale` when someone "
                    + "changed the person meanwhile). Members absent stay; `null` clears optional ones. Identity changes are "
                    + "checked for duplicates like a registration.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonPatch.class),
            examples = @ExampleObject(name = "new phone", value = "{\"phone\":\"0987654321\"}")))
    @APIResponse(responseCode = "200", description = "The changed person",
            headers = @Header(name = "ETag", description = "New version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "409", description = "`person.national-id-exists` or `person.possible-duplicate`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = PersonConflictProblem.class)))
    @APIResponse(responseCode = "412", description = "Stale version (`version.stale`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (`precondition.required`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updatePerson(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version changed", required = true, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PersonPatch patch) {
        PersonView person = people.update(id, patch, Versions.required(ifMatch), caller.actor());
        return Response.ok(person).tag(Versions.etag(person.version())).build();
    }

    @GET
    @Path("/{id}/facts")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "listPersonFacts", summary = "A person's facts",
            description = "With `on`: the facts in force that day. Without: every current (not corrected) row; with "
                    + "`includeSuperseded=true` the corrected rows too. HIV facts only for SOCIAL_WORKER and APPROVER.")
    @APIResponse(responseCode = "200", description = "The facts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FactView.class),
                    examples = @ExampleObject(name = "disability", value = """
                            [{"id":"0193a5c2-8d00-7a11-8b2b-5b9f0d3c2e11","kind":"DISABILITY","codeValue":"SEVERE",
                             "dateValue":"2024-03-15","validFrom":"2024-03-15","validTo":null,"document":"Giấy xác nhận khuyết tật số 12",
                             "supersededBy":null,"correctionReason":null,"recordedBy":"worker","recordedAt":"2026-11-22T03:15:30.123Z"}]""")))
    public List<FactView> listPersonFacts(@PathParam("id") UUID id,
            @Parameter(description = "Date the facts must be in force on", example = "2025-06-30") @QueryParam("on") String on,
            @Parameter(description = "Also corrected rows") @QueryParam("includeSuperseded") @DefaultValue("false") boolean includeSuperseded) {
        return people.facts(id, QueryParams.date("on", on, null), includeSuperseded, caller.actor());
    }

    @POST
    @Path("/{id}/facts")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR, Role.Names.APPROVER })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPersonFact", summary = "Record a new period of a fact",
            description = "The open period of the same kind that started earlier ends the day before; other overlaps answer "
                    + "409 `fact.overlap`. HIV facts: SOCIAL_WORKER and APPROVER only; other facts: SOCIAL_WORKER, ADMIN, INTEGRATOR.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewFact.class),
            examples = @ExampleObject(name = "disability", value = """
                    {"kind":"DISABILITY","codeValue":"SEVERE","dateValue":"2024-03-15","validFrom":"2024-03-15",
                     "document":"Giấy xác nhận khuyết tật số 12/2024"}""")))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FactView.class)))
    @APIResponse(responseCode = "409", description = "Overlaps another period of the same kind (`fact.overlap`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordPersonFact(@PathParam("id") UUID id, @Valid @NotNull NewFact request) {
        FactView fact = people.recordFact(id, request, caller.actor());
        return Response.status(Response.Status.CREATED).entity(fact).build();
    }

    @POST
    @Path("/{id}/facts/{factId}/correction")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.INTEGRATOR, Role.Names.APPROVER })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctPersonFact", summary = "Correct a fact row",
            description = "The old row stays, marked `supersededBy` the new one; nothing is deleted. 409 `fact.already-corrected` "
                    + "when the row was corrected before (correct the newest row).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FactCorrection.class),
            examples = @ExampleObject(name = "wrong level", value = """
                    {"codeValue":"ESPECIALLY_SEVERE","dateValue":"2024-03-15","validFrom":"2024-03-15",
                     "reason":"Nhập nhầm mức độ khuyết tật"}""")))
    @APIResponse(responseCode = "201", description = "The correcting row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FactView.class)))
    @APIResponse(responseCode = "409", description = "`fact.already-corrected` or `fact.overlap`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response correctPersonFact(@PathParam("id") UUID id, @PathParam("factId") UUID factId,
            @Valid @NotNull FactCorrection correction) {
        FactView fact = people.correctFact(id, factId, correction, caller.actor());
        return Response.status(Response.Status.CREATED).entity(fact).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "getPersonHistory", summary = "What happened to a person and their facts, oldest first",
            description = "From the audit trail. HIV changes are left out for roles that may not see them; identity numbers "
                    + "are masked for AUDITOR.")
    @APIResponse(responseCode = "200", description = "The events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEventView.class),
                    examples = @ExampleObject(name = "phone changed", value = """
                            [{"id":"0193a5c2-9e00-7b22-8c3c-6c0a1e4d3f22","occurredAt":"2026-11-22T03:15:30.123Z","actor":"worker",
                             "actorRole":"SOCIAL_WORKER","action":"person.updated","entityType":"PERSON",
                             "entityId":"0193a5c2-7c1e-7d3a-9a63-1f0c2b1e4d55",
                             "changes":[{"field":"phone","before":"0912345678","after":"0987654321"}]}]""")))
    public List<AuditEventView> getPersonHistory(@PathParam("id") UUID id) {
        return people.history(id, caller.actor());
    }
}
