package vn.ansinh.payment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
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
import vn.ansinh.identity.Caller;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.Messages;
import vn.ansinh.shared.Problem;

@Path("/")
@Tag(name = "Payment confirmations")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ConfirmationResource {

    @Inject
    ConfirmationService confirmations;

    @Inject
    Caller caller;

    @POST
    @Path("payment-lines/{id}/confirmation")
    @RolesAllowed({ Role.Names.PAYMENT_AGENT })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmPayment", summary = "Confirm one payment: paid (to whom, how) or not paid (why)",
            description = "Needs an `Idempotency-Key`. The first confirmation is final: a replay with the same key and body "
                    + "answers the same (with `Idempotent-Replayed: true`); the same key with another body answers 422; "
                    + "another confirmation of a confirmed line answers 409 `payment.already-confirmed`. The payroll must be "
                    + "ACKNOWLEDGED. Not paid because DECEASED proposes a termination and owes funeral support; the third "
                    + "month in a row without a payment suspends the entitlement.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PayrollRequests.Confirmation.class), examples = {
                    @ExampleObject(name = "paid in cash to the beneficiary", value = """
                            {"outcome":"PAID","confirmedAt":"2026-12-05T02:30:00Z","recipientKind":"BENEFICIARY","method":"CASH"}"""),
                    @ExampleObject(name = "not paid: absent", value = """
                            {"outcome":"NOT_PAID","confirmedAt":"2026-12-05T02:30:00Z","reason":"ABSENT"}""") }))
    @APIResponse(responseCode = "201", description = "Recorded (or the recorded answer to this key, replayed)",
            headers = @Header(name = "Idempotent-Replayed", description = "true when this answers an earlier request with the same key",
                    schema = @Schema(type = SchemaType.BOOLEAN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentLineView.class)))
    @APIResponse(responseCode = "409", description = "`payment.already-confirmed`, `payment.payroll-state`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "`idempotency.key-reused`: the key was used with another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response confirmPayment(@PathParam("id") UUID id,
            @Parameter(description = "A new key per confirmation (a UUID is usual), the same on every retry", required = true,
                    example = "4f8c2a9e-7b1d-4c3e-9a55-0e6f2b7d1c88") @HeaderParam("Idempotency-Key") String key,
            @Valid @NotNull PayrollRequests.Confirmation request) {
        ConfirmationService.Answer answer = confirmations.confirm(id, key, request, caller.actor());
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body())
                .header("Idempotent-Replayed", Boolean.toString(answer.replayed())).build();
    }

    @POST
    @Path("payment-confirmations/batch")
    @RolesAllowed({ Role.Names.PAYMENT_AGENT })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "syncPaymentConfirmations", summary = "Send confirmations collected offline, each with its own key",
            description = "Each item is handled as if sent alone to POST /payment-lines/{id}/confirmation, in its own transaction, "
                    + "and answered in order with its status and line or problem. Items already recorded (same key) answer "
                    + "`replayed: true`, so a device may resend a whole batch after a lost answer.")
    @APIResponse(responseCode = "200", description = "One answer per item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResultView.class)))
    public BatchResultView syncPaymentConfirmations(@Valid @NotNull PayrollRequests.Batch batch, HttpHeaders headers) {
        return confirmations.confirmBatch(batch, Messages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                caller.actor());
    }
}
