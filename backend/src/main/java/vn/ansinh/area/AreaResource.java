package vn.ansinh.area;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.AnSinhApi;
import vn.ansinh.shared.PageView;
import vn.ansinh.shared.QueryParams;

@Path("/areas")
@Tag(name = "Administrative units")
@Authenticated
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class AreaResource {

    @Inject
    AreaService areas;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "listAreas", summary = "List administrative units in force on a date",
            description = "Filters by level, parent and a diacritics-insensitive name query "
                    + "(`q=son la` finds \"Sơn La\"). Without `validOn`, today's units.")
    @APIResponse(responseCode = "200", description = "One page of units",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaPage.class),
                    examples = @ExampleObject(name = "provinces", value = """
                            {"items":[{"code":"14","level":"PROVINCE","name":"Sơn La","fullName":"Tỉnh Sơn La","type":"Tỉnh",
                            "nameEn":"Son La","provinceCode":"14","parentCode":null,"parent":null,"validFrom":"2025-07-01",
                            "validTo":null,"predecessors":[{"code":"14","level":"PROVINCE","fullName":"Tỉnh Sơn La",
                            "validFrom":null,"validTo":"2025-06-30","kind":"unchanged"}],"successors":[]}],
                            "page":0,"size":50,"totalItems":1,"totalPages":1}""")))
    public PageView<AreaView> listAreas(
            @Parameter(description = "PROVINCE, DISTRICT (before 2025-07-01 only) or COMMUNE",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "PROVINCE", "DISTRICT", "COMMUNE" }))
            @QueryParam("level") String level,
            @Parameter(description = "Code of the parent unit", example = "14") @QueryParam("parentCode") @Size(max = 5) String parentCode,
            @Parameter(description = "Name to look for, with or without diacritics", example = "son la")
            @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Date the units must be in force on (YYYY-MM-DD); today when absent", example = "2025-06-30")
            @QueryParam("validOn") String validOn,
            @Parameter(description = "Page index from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, at most 500") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return areas.list(QueryParams.enumValue("level", level, AreaLevel.class), parentCode, q,
                QueryParams.date("validOn", validOn, LocalDate.now(clock)), page, size);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getArea", summary = "Get one administrative unit with its predecessors and successors")
    @APIResponse(responseCode = "200", description = "The unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaView.class)))
    public AreaView getArea(
            @Parameter(description = "Official code", example = "14") @PathParam("code") String code,
            @Parameter(description = "Date the unit must be in force on; today when absent", example = "2025-06-30")
            @QueryParam("validOn") String validOn) {
        return areas.get(code, QueryParams.date("validOn", validOn, LocalDate.now(clock)));
    }

    /** Names the page type in the contract. */
    @Schema(name = "AreaPage", description = "One page of administrative units")
    static final class AreaPage {
        @Schema(required = true) public java.util.List<AreaView> items;
        @Schema(required = true) public int page;
        @Schema(required = true) public int size;
        @Schema(required = true) public long totalItems;
        @Schema(required = true) public int totalPages;
    }
}
