package vn.ansinh.payment;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaymentAgent", description = "A payment service organisation (post office, bank) of a province")
public record AgentView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "14") String provinceCode,
        @Schema(required = true, examples = "VNPOST-SL") String code,
        @Schema(required = true, examples = "Bưu điện tỉnh Sơn La") String name,
        @Schema(required = true) AgentKind kind,
        @Schema(required = true) boolean active,
        @Schema(required = true, examples = "0") long version) {
}
