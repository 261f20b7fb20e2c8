package vn.ansinh.area;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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
import vn.ansinh.shared.Problem;

@Path("/area-attributes")
@Tag(name = "Area attributes")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class AreaAttributeResource {

    @Inject
    AreaAttributeService attributes;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "listAreaAttributes", summary = "Communes and villages of a province with an attribute in force on a date")
    @APIResponse(responseCode = "200", description = "Communes first, then villages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AreaAttributeListing.class)))
    public List<AreaAttributeListing> listAreaAttributes(
            @Parameter(description = "Province; yours when absent", example = "14") @QueryParam("provinceCode") String provinceCode,
            @Parameter(example = "ESPECIALLY_DIFFICULT") @QueryParam("kind") VillageAttributeKind kind,
            @Parameter(description = "Today when absent", example = "2025-07-01") @QueryParam("on") LocalDate on) {
        String province = provinceCode == null || provinceCode.isBlank() ? caller.actor().provinceCode() : provinceCode.strip();
        if (province == null) {
            throw vn.ansinh.shared.ProblemException.invalidField("provinceCode", "required");
        }
        return attributes.listInProvince(province, kind == null ? VillageAttributeKind.ESPECIALLY_DIFFICULT : kind,
                on == null ? LocalDate.now(clock) : on, caller.actor());
    }

    @POST
    @Path("/imports")
    @RolesAllowed({ Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Operation(operationId = "importAreaAttributes", summary = "Import the official list of a decision (CSV)",
            description = "The body is a CSV (UTF-8, comma or semicolon) with the header `communeCode,villageName`; an empty village "
                    + "name flags the whole commune, a village is found by name in its commune ignoring diacritics and case. "
                    + "All rows or none: each bad row is a field error `lines[N].column` (N: the line of the file) and nothing "
                    + "changes. A province officer imports only communes of their province. The open period of the same kind "
                    + "that began earlier ends the day before `validFrom`.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "list", value = "communeCode,villageName\n03688,\n03688,Bản Nà Cài\n")))
    @APIResponse(responseCode = "200", description = "What was flagged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaAttributeImport.class)))
    @APIResponse(responseCode = "400", description = "`validation.failed` with one error per bad row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AreaAttributeImport importAreaAttributes(
            @Parameter(required = true, example = "861/QĐ-TTg") @QueryParam("decisionNumber") String decisionNumber,
            @Parameter(required = true, example = "2021-06-04") @QueryParam("validFrom") LocalDate validFrom,
            @Parameter(description = "Last day; absent while in force") @QueryParam("validTo") LocalDate validTo,
            @Parameter(description = "ESPECIALLY_DIFFICULT when absent") @QueryParam("kind") VillageAttributeKind kind,
            String csv) {
        return attributes.importList(csv, kind, decisionNumber, validFrom, validTo, caller.actor());
    }
}
