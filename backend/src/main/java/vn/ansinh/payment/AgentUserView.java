package vn.ansinh.payment;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgentUser", description = "A payment agent user assigned to a commune: sees that commune's payrolls of the agent")
public record AgentUserView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID agentId,
        @Schema(required = true, examples = "agent") String username,
        @Schema(required = true, examples = "03688") String communeCode) {
}
