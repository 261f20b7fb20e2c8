package vn.ansinh.bulkimport;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.ansinh.AnSinhApi;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.Messages;
import vn.ansinh.shared.PageView;
import vn.ansinh.shared.Problem;
import vn.ansinh.shared.ProblemException;

@Path("/imports")
@Tag(name = "Imports", description = "Bulk import of households and people from CSV or XLSX files in the template, as background jobs")
@Authenticated
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
public class ImportResource {

    static final String TEMPLATE_DESCRIPTION = """
            The template (documented in docs/import-template.md). Households: `Mã hộ`*, `Mã xã`*, `Thôn/bản`, `Địa chỉ`*, \
            `Tình trạng nghèo` (Nghèo | Cận nghèo | Không), `Từ ngày` (dd/MM/yyyy), `Số quyết định`. People: `Mã hộ`, `Mã xã`*, \
            `Quan hệ với chủ hộ` (Chủ hộ | Vợ/chồng | Con | Bố/mẹ | Cháu | Ông/bà | Anh/chị/em | Họ hàng khác | Khác), \
            `Số định danh` (12 digits), `Họ và tên`*, `Ngày sinh`* (dd/MM/yyyy, MM/yyyy or yyyy), `Giới tính`* (Nam | Nữ), \
            `Mã dân tộc`* (2 digits), `Số điện thoại`. (* = header required.) Headers may come in any order and may also be \
            the API field names (householdCode, communeCode, …). CSV: UTF-8 (a byte-order mark is fine), separated by commas, \
            semicolons or tabs. XLSX: sheets "Hộ gia đình" and/or "Nhân khẩu"; other sheets are ignored.""";

    @Inject
    ImportService imports;

    @Inject
    ImportCaller caller;

    @GET
    @Path("/template")
    @Produces({ "text/csv", ImportTemplates.XLSX_MEDIA_TYPE })
    @Operation(operationId = "getImportTemplate", summary = "Download the import template",
            description = "`format=xlsx`: one workbook with the sheets \"Hộ gia đình\" and \"Nhân khẩu\" (and instructions). "
                    + "`format=csv`: the CSV of one part, chosen by `kind=households|people`. " + TEMPLATE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The template file, as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"mau-nhap-nhan-khau.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "people", value = "Mã hộ,Mã xã,Quan hệ với chủ hộ,Số định danh,Họ và tên,"
                                    + "Ngày sinh,Giới tính,Mã dân tộc,Số điện thoại")),
                    @Content(mediaType = ImportTemplates.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response getImportTemplate(
            @Parameter(description = "csv or xlsx", schema = @Schema(type = SchemaType.STRING, enumeration = { "csv", "xlsx" }))
            @QueryParam("format") @DefaultValue("xlsx") String format,
            @Parameter(description = "For CSV: households or people", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "households", "people" })) @QueryParam("kind") String kind) {
        if ("xlsx".equalsIgnoreCase(format.strip())) {
            return attachment(imports.xlsxTemplate(), ImportTemplates.XLSX_MEDIA_TYPE, "mau-nhap-ho-va-nhan-khau.xlsx");
        }
        if (!"csv".equalsIgnoreCase(format.strip())) {
            throw ProblemException.invalidField("format", "unknown-value", "csv, xlsx");
        }
        if (kind == null || kind.isBlank()) {
            throw ProblemException.invalidField("kind", "required");
        }
        ImportPart part = switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "households" -> ImportPart.HOUSEHOLDS;
            case "people" -> ImportPart.PEOPLE;
            default -> throw ProblemException.invalidField("kind", "unknown-value", "households, people");
        };
        return attachment(imports.csvTemplate(part), "text/csv; charset=UTF-8",
                part == ImportPart.HOUSEHOLDS ? "mau-nhap-ho-gia-dinh.csv" : "mau-nhap-nhan-khau.csv");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.PROVINCE_OFFICER, Role.Names.INTEGRATOR })
    @Operation(operationId = "createImport", summary = "Upload a file to import as a background job",
            description = "Checks the whole file first and refuses it, storing nothing, when it is over 20 MB "
                    + "(`import.too-large`, 413; bodies over 22 MB are refused before they are read: `request.too-large`), "
                    + "not UTF-8 (`import.encoding`, 415), not CSV or XLSX (`import.unsupported-format`, 415), damaged "
                    + "(`import.malformed`, `import.malformed-line`), without data (`import.empty`), with unknown or missing "
                    + "headers (`import.headers`) or sheets (`import.sheets`). Otherwise answers 202 with the job; poll "
                    + "GET /imports/{id}. Rows are independent: a bad row is reported in the error report, the others are "
                    + "stored; rows outside the caller's area are row errors (`area.out-of-scope`). Importing the same rows "
                    + "again stores nothing new (they count as unchanged). " + TEMPLATE_DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ImportUpload.class),
            encoding = @Encoding(name = "file", contentType = "text/csv, " + ImportTemplates.XLSX_MEDIA_TYPE)))
    @APIResponse(responseCode = "202", description = "Queued; the job's address is in Location",
            headers = @Header(name = "Location", description = "/api/v1/imports/{id}", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "queued", value = """
                            {"id":"0193a5c2-7b1e-7c3a-9d2f-5e8b1a2c3d4e","status":"QUEUED","fileName":"nhan-khau.csv","format":"CSV",
                            "kind":"PEOPLE","sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","sizeBytes":48213,
                            "totalRows":1200,"processedRows":0,"storedRows":0,"unchangedRows":0,"failedRows":0,"sameFileAsJobId":null,
                            "failureCode":null,"resumable":false,"createdAt":"2026-11-23T03:15:00Z","startedAt":null,"finishedAt":null,
                            "errorReportHref":null}""")))
    @APIResponse(responseCode = "413", description = "Over 20 MB (`import.too-large`), or a body over the upload allowance (`request.too-large`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not UTF-8 (`import.encoding`), or neither CSV nor XLSX (`import.unsupported-format`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createImport(@RestForm("file") FileUpload file, @RestForm("kind") String kind,
            @jakarta.ws.rs.HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "required");
        }
        ImportJobView job = imports.submit(caller.uploader(), Messages.negotiate(acceptLanguage), file.fileName(),
                file.uploadedFile(), file.size(), kind);
        return Response.accepted(job).location(AnSinhApi.location("/api/v1/imports/" + job.id())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.PROVINCE_OFFICER, Role.Names.INTEGRATOR })
    @Operation(operationId = "listImports", summary = "List the caller's import jobs, newest first")
    @APIResponse(responseCode = "200", description = "One page of jobs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobPage.class)))
    public PageView<ImportJobView> listImports(
            @Parameter(description = "Page index from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return imports.jobs(caller.uploader().username(), page, size);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.PROVINCE_OFFICER, Role.Names.INTEGRATOR })
    @Operation(operationId = "getImport", summary = "One import job with its progress (poll it for a progress bar)")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    public ImportJobView getImport(@Parameter(description = "Job id") @PathParam("id") String id) {
        return imports.job(jobId(id), caller.uploader().username());
    }

    @POST
    @Path("/{id}/resumption")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.PROVINCE_OFFICER, Role.Names.INTEGRATOR })
    @Operation(operationId = "resumeImport", summary = "Resume a FAILED import job after its last committed batch",
            description = "A job becomes FAILED when its instance stopped while importing (`import.interrupted`) or a batch "
                    + "failed unexpectedly (`import.batch-failed`). Resuming continues at the first row not yet committed; rows "
                    + "being idempotent, nothing is stored twice.")
    @APIResponse(responseCode = "202", description = "Queued again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "409", description = "The job is not FAILED (`import.not-resumable`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resumeImport(@Parameter(description = "Job id") @PathParam("id") String id) {
        return Response.accepted(imports.resume(jobId(id), caller.uploader().username())).build();
    }

    @GET
    @Path("/{id}/errors")
    @Produces("text/csv")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.ADMIN, Role.Names.PROVINCE_OFFICER, Role.Names.INTEGRATOR })
    @Operation(operationId = "getImportErrors", summary = "Download the error report of an import job",
            description = "CSV in UTF-8 with a byte-order mark (opens right in Excel): `Dòng,Cột,Mã lỗi,Lý do` — the row's line "
                    + "in the file (header = line 1), the column header as in the file, a stable code, the reason in the "
                    + "uploader's language. For an XLSX job a first column `Trang tính` names the sheet. Complete once the job "
                    + "has finished.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "report", value = "Dòng,Cột,Mã lỗi,Lý do\r\n"
                            + "7,Số định danh,nationalId.sex,Chữ số thứ 4 của số định danh không khớp giới tính\r\n")))
    public Response getImportErrors(@Parameter(description = "Job id") @PathParam("id") String id,
            @jakarta.ws.rs.HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        UUID jobId = jobId(id);
        String username = caller.uploader().username();
        imports.job(jobId, username); // 404 before the response starts
        Locale locale = Messages.negotiate(acceptLanguage);
        StreamingOutput body = out -> imports.writeErrorReport(jobId, username, locale, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"loi-nhap-" + LocalDate.now() + "-" + id.substring(0, 8) + ".csv\"")
                .build();
    }

    private static UUID jobId(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.notFound("import.not-found", id);
        }
    }

    private static Response attachment(byte[] content, String mediaType, String fileName) {
        return Response.ok(content, mediaType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** The multipart form of an upload, for the contract. */
    @Schema(name = "ImportUpload", description = "An import file and, for a CSV, what it holds")
    static final class ImportUpload {
        @Schema(required = true, type = SchemaType.STRING, format = "binary", description = "The CSV or XLSX file, at most 20 MB")
        public String file;
        @Schema(description = "For a CSV: households or people; found from the headers when absent. Ignored for XLSX.",
                enumeration = { "households", "people" })
        public String kind;
    }

    /** Names the page type in the contract. */
    @Schema(name = "ImportJobPage", description = "One page of import jobs")
    static final class ImportJobPage {
        @Schema(required = true) public java.util.List<ImportJobView> items;
        @Schema(required = true) public int page;
        @Schema(required = true) public int size;
        @Schema(required = true) public long totalItems;
        @Schema(required = true) public int totalPages;
    }
}
