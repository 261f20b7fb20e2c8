package vn.ansinh.payment;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServicePoint", description = "Where an agent pays a commune's beneficiaries")
public record ServicePointView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID agentId,
        @Schema(required = true, examples = "14") String provinceCode,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true, examples = "Điểm bưu điện văn hoá xã Mường Chiên") String name,
        @Schema(nullable = true, examples = "Bản Chiên, xã Mường Chiên") String address,
        @Schema(required = true) boolean active) {
}
