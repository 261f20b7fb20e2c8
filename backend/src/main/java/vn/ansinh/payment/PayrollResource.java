package vn.ansinh.payment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import vn.ansinh.shared.PageView;
import vn.ansinh.shared.Problem;
import vn.ansinh.shared.QueryParams;

@Path("/")
@Tag(name = "Payrolls")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class PayrollResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    @Inject
    PayrollService payrolls;

    @Inject
    PayrollExports exports;

    @Inject
    Caller caller;

    @POST
    @Path("payroll-runs")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startPayrollRun", summary = "Generate the payrolls of a commune or a whole province for a month",
            description = "Runs as a job: poll GET /payroll-runs/{id} for `done`/`total`. Idempotent: running it again adds only "
                    + "what is missing (new entitlements, arrears, carry-overs) to DRAFT payrolls; approved payrolls never change. "
                    + "A second request while one is queued or running for the same scope and month answers that job.")
    @APIResponse(responseCode = "202", description = "Queued (or the job already queued or running)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayrollRunView.class)))
    @APIResponse(responseCode = "422", description = "`payment.not-payable-month`: later than next month",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response startPayrollRun(@Valid @NotNull PayrollRequests.NewRun request) {
        PayrollRunView run = payrolls.startRun(request, caller.actor());
        return Response.accepted(run).location(AnSinhApi.location("/api/v1/payroll-runs/" + run.id())).build();
    }

    @GET
    @Path("payroll-runs/{id}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.ADMIN })
    @Operation(operationId = "getPayrollRun", summary = "A generation job and its progress")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayrollRunView.class)))
    public PayrollRunView getPayrollRun(@PathParam("id") UUID id) {
        return payrolls.getRun(id, caller.actor());
    }

    @GET
    @Path("payrolls")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.PAYMENT_AGENT,
            Role.Names.AUDITOR, Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "listPayrolls", summary = "Payrolls within the caller's area, newest month first",
            description = "A payment agent sees only the payrolls sent to its agent in the communes it is assigned to.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayrollPage.class)))
    public PageView<PayrollView> listPayrolls(
            @Parameter(example = "03688") @QueryParam("communeCode") @Size(max = 5) String communeCode,
            @Parameter(example = "2026-12") @QueryParam("month") @Size(max = 7) String month,
            @Parameter(schema = @Schema(implementation = PayrollStatus.class)) @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return payrolls.list(communeCode, month, QueryParams.enumValue("status", status, PayrollStatus.class), page, size,
                caller.actor());
    }

    @GET
    @Path("payrolls/{id}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.PAYMENT_AGENT,
            Role.Names.AUDITOR, Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "getPayroll", summary = "A payroll with its totals and lifecycle")
    @APIResponse(responseCode = "200", description = "The payroll",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayrollView.class)))
    public PayrollView getPayroll(@PathParam("id") UUID id) {
        return payrolls.get(id, caller.actor());
    }

    @GET
    @Path("payrolls/{id}/lines")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.PAYMENT_AGENT,
            Role.Names.AUDITOR, Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "listPaymentLines", summary = "A payroll's lines by village and name",
            description = "`q` matches any part of the name, with or without diacritics (\"lo van duc\").")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentLinePage.class)))
    public PageView<PaymentLineView> listPaymentLines(@PathParam("id") UUID id,
            @Parameter(example = "lo van") @QueryParam("q") @Size(max = 100) String q,
            @Parameter(example = "Bản Nà Cài") @QueryParam("village") @Size(max = 100) String village,
            @Parameter(schema = @Schema(implementation = LineStatus.class)) @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("200") @Min(1) @Max(5000) int size) {
        return payrolls.lines(id, q, village, QueryParams.enumValue("status", status, LineStatus.class), page, size,
                caller.actor());
    }

    @POST
    @Path("payrolls/{id}/approval")
    @RolesAllowed({ Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Operation(operationId = "approvePayroll", summary = "Approve a draft payroll: lines and totals are frozen",
            description = "By a different user than the one who generated it (409 `payment.same-approver`).")
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayrollView.class)))
    @APIResponse(responseCode = "409", description = "`payment.payroll-state`, `payment.same-approver`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PayrollView approvePayroll(@PathParam("id") UUID id) {
        return payrolls.approve(id, caller.actor());
    }

    @POST
    @Path("payrolls/{id}/dispatch")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Operation(operationId = "sendPayroll", summary = "Send an approved payroll to the payment agent")
    @APIResponse(responseCode = "200", description = "Sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayrollView.class)))
    @APIResponse(responseCode = "409", description = "`payment.payroll-state`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PayrollView sendPayroll(@PathParam("id") UUID id) {
        return payrolls.send(id, caller.actor());
    }

    @POST
    @Path("payrolls/{id}/acknowledgement")
    @RolesAllowed({ Role.Names.PAYMENT_AGENT })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgePayroll", summary = "The agent acknowledges a sent payroll with its control totals",
            description = "`lineCount` and `totalVnd` must equal the payroll's `payableLineCount` and `payableTotalVnd`.")
    @APIResponse(responseCode = "200", description = "Acknowledged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayrollView.class)))
    @APIResponse(responseCode = "409", description = "`payment.control-totals`, `payment.payroll-state`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PayrollView acknowledgePayroll(@PathParam("id") UUID id, @Valid @NotNull PayrollRequests.Acknowledgement request) {
        return payrolls.acknowledge(id, request, caller.actor());
    }

    @POST
    @Path("payrolls/{id}/closure")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Operation(operationId = "closePayroll", summary = "Close an acknowledged payroll after reconciliation",
            description = "Lines still pending are recorded as not paid (`NOT_REPORTED`) and carry over to the next payroll.")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayrollView.class)))
    @APIResponse(responseCode = "409", description = "`payment.payroll-state`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PayrollView closePayroll(@PathParam("id") UUID id) {
        return payrolls.close(id, caller.actor());
    }

    @POST
    @Path("payrolls/{id}/adjustments")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPayrollAdjustment", summary = "Correct an approved payroll with an adjustment line",
            description = "After approval lines are never edited: a correction is a new line (positive or negative) that "
                    + "names the line it corrects. Not on DRAFT (generate again) or CLOSED payrolls.")
    @APIResponse(responseCode = "201", description = "The adjustment line",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentLineView.class)))
    @APIResponse(responseCode = "409", description = "`payment.payroll-state`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "`payment.line-not-adjustable`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addPayrollAdjustment(@PathParam("id") UUID id, @Valid @NotNull PayrollRequests.NewAdjustment request) {
        return Response.status(201).entity(payrolls.adjust(id, request, caller.actor())).build();
    }

    @GET
    @Path("payrolls/{id}/reconciliation")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.PAYMENT_AGENT,
            Role.Names.AUDITOR, Role.Names.INTEGRATOR, Role.Names.ADMIN })
    @Operation(operationId = "getPayrollReconciliation", summary = "Paid, not paid (by reason), pending, balance and fee")
    @APIResponse(responseCode = "200", description = "The reconciliation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReconciliationView.class)))
    public ReconciliationView getPayrollReconciliation(@PathParam("id") UUID id) {
        return payrolls.reconciliation(id, caller.actor());
    }

    @GET
    @Path("payrolls/{id}/export")
    @Produces({ XLSX, PDF, Problem.MEDIA_TYPE })
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.PAYMENT_AGENT,
            Role.Names.AUDITOR, Role.Names.ADMIN })
    @Operation(operationId = "exportPayroll", summary = "The payroll list as XLSX, or as a PDF for recipients' signatures",
            description = "Vietnamese headings; village, name, group, amount in figures and in words, signature column.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response exportPayroll(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "xlsx", "pdf" }))
            @QueryParam("format") @DefaultValue("xlsx") String format) {
        return attachment(exports.payroll(id, format, caller.actor()));
    }

    @GET
    @Path("payrolls/{id}/reconciliation/export")
    @Produces({ XLSX, Problem.MEDIA_TYPE })
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.PAYMENT_AGENT,
            Role.Names.AUDITOR, Role.Names.ADMIN })
    @Operation(operationId = "exportPayrollReconciliation", summary = "The reconciliation as XLSX")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportPayrollReconciliation(@PathParam("id") UUID id) {
        return attachment(exports.reconciliation(id, caller.actor()));
    }

    private static Response attachment(PayrollExports.Export export) {
        return Response.ok(export.content(), export.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }

    @Schema(name = "PayrollPage")
    static final class PayrollPage {
        @Schema(required = true)
        public java.util.List<PayrollView> items;
        @Schema(required = true)
        public int page;
        @Schema(required = true)
        public int size;
        @Schema(required = true)
        public long totalItems;
        @Schema(required = true)
        public int totalPages;
    }

    @Schema(name = "PaymentLinePage")
    static final class PaymentLinePage {
        @Schema(required = true)
        public java.util.List<PaymentLineView> items;
        @Schema(required = true)
        public int page;
        @Schema(required = true)
        public int size;
        @Schema(required = true)
        public long totalItems;
        @Schema(required = true)
        public int totalPages;
    }
}
