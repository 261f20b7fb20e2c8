package vn.ansinh.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Username and password of a person")
public record LoginRequest(
        @Schema(examples = "worker") @NotBlank @Size(max = 60) String username,
        @Schema(examples = "ansinh-demo", format = "password") @NotBlank @Size(max = 200) String password) {
}
