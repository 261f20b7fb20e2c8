package vn.ansinh.payment;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the agent administration. */
public final class AgentRequests {

    private AgentRequests() {
    }

    @Schema(name = "NewPaymentAgent")
    public record NewAgent(
            @Schema(required = true, description = "Province; the caller's province when absent for a province officer", examples = "14") String provinceCode,
            @Schema(required = true, examples = "VNPOST-SL") String code,
            @Schema(required = true, examples = "Bưu điện tỉnh Sơn La") String name,
            @Schema(required = true) AgentKind kind) {
    }

    @Schema(name = "NewServicePoint")
    public record NewServicePoint(
            @Schema(required = true, examples = "03688") String communeCode,
            @Schema(required = true, examples = "Điểm bưu điện văn hoá xã Mường Chiên") String name,
            @Schema(examples = "Bản Chiên, xã Mường Chiên") String address) {
    }

    @Schema(name = "NewAgentUser")
    public record NewAgentUser(
            @Schema(required = true, description = "A user with role PAYMENT_AGENT", examples = "agent") String username,
            @Schema(required = true, examples = "03688") String communeCode) {
    }

    @Schema(name = "PaymentSettingChange")
    public record SettingChange(
            @Schema(required = true, examples = "1.5") @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal feePercent,
            @Schema(required = true, examples = "20") @NotNull @Min(20) @Max(1000) Integer funeralMultiple) {
    }
}
