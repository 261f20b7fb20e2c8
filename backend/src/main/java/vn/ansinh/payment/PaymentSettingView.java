package vn.ansinh.payment;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaymentSetting", description = "A province's payment settings")
public record PaymentSettingView(
        @Schema(required = true, examples = "14") String provinceCode,
        @Schema(required = true, description = "Agent's fee as a percentage of the amount paid (set by the province)", examples = "1.5") BigDecimal feePercent,
        @Schema(required = true, description = "Funeral support = this × the standard level (ND 20: at least 20)", examples = "20") int funeralMultiple,
        @Schema(required = true, examples = "0") long version) {
}
