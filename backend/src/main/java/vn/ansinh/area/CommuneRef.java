package vn.ansinh.area;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commune as other features keep it: its code, name and the province it belongs to. */
@Schema(description = "A commune: code and name")
public record CommuneRef(
        @Schema(required = true, examples = "03688") String code,
        @Schema(required = true, examples = "Xã Mường Chiên") String name,
        @Schema(hidden = true) @com.fasterxml.jackson.annotation.JsonIgnore String provinceCode) {
}
