package vn.ansinh.payment;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ansinh.shared.Problem;

@Schema(name = "ConfirmationBatchResult", description = "The answer to each item, in order")
public record BatchResultView(@Schema(required = true) List<Item> items) {

    @Schema(name = "ConfirmationBatchResultItem", description = "As if the item had been sent alone: its status and line, or its problem")
    public record Item(
            @Schema(required = true) String idempotencyKey,
            @Schema(required = true) UUID lineId,
            @Schema(required = true, description = "HTTP status the item would have had alone", examples = "201") int status,
            @Schema(required = true, description = "True when the key had been used before and its first answer is repeated") boolean replayed,
            @Schema(nullable = true) PaymentLineView line,
            @Schema(nullable = true) Problem problem) {
    }
}
