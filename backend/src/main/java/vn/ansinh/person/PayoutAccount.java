package vn.ansinh.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bank or e-wallet account allowances can be paid into. */
@Schema(name = "PayoutAccount", description = "Bank or e-wallet account for account payments")
public record PayoutAccount(
        @Schema(required = true) AccountKind kind,
        @Schema(required = true, examples = "Agribank", maxLength = 100) String provider,
        @Schema(required = true, examples = "7900205123456", maxLength = 34, pattern = "^[0-9A-Za-z]{4,34}$") String number) {
}
