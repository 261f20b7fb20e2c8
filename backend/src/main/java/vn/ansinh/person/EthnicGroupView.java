package vn.ansinh.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EthnicGroup", description = "One of the 54 ethnic groups (QĐ 121-TCTK/PPCĐ, 1979)")
public record EthnicGroupView(
        @Schema(required = true, examples = "03") String code,
        @Schema(required = true, examples = "Thái") String name,
        @Schema(required = true, examples = "Thai") String nameEn,
        @Schema(required = true, nullable = true, description = "Other names and local groups, `; `-separated",
                examples = "Tày Khao (Thái Trắng); Tày Đăm (Thái Đen)") String otherNames) {
}
