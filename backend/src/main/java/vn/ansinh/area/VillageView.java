package vn.ansinh.area;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A village with its dated attributes. */
@Schema(name = "Village", description = "A village (thôn, bản, tổ dân phố) of a commune with its dated attributes")
public record VillageView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true, examples = "Bản Nà Cài") String name,
        @Schema(required = true, description = "All attributes, open and closed, by kind and start") List<VillageAttributeView> attributes,
        @Schema(required = true, description = "For If-Match", examples = "0") long version) {

    @Schema(name = "VillageAttribute", description = "What the province says about a village for a period")
    public record VillageAttributeView(
            @Schema(required = true) VillageAttributeKind kind,
            @Schema(required = true, examples = "2021-09-01") LocalDate validFrom,
            @Schema(required = true, nullable = true, description = "Last day; null while in force") LocalDate validTo,
            @Schema(required = true, examples = "612/QĐ-UBDT") String decisionNumber) {
    }
}
