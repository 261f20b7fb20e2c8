package vn.ansinh.policy;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a group pays in a province on a date, and from which month payment starts: what a decision records. */
@Schema(name = "GroupTerms", description = "A group's coefficient, standard level and monthly amount in a province on a date")
public record GroupTerms(
        @Schema(required = true, examples = "ND176_SOCIAL_PENSION") String programmeCode,
        @Schema(required = true, examples = "ND176_75_PLUS") String groupCode,
        @Schema(required = true) String nameVi,
        @Schema(required = true) String nameEn,
        @Schema(required = true) String legalBasis,
        @Schema(required = true, examples = "1.0") BigDecimal coefficient,
        @Schema(required = true, examples = "500000") long standardLevelVnd,
        @Schema(required = true, description = "For one child where perChild", examples = "500000") long amountVnd,
        @Schema(required = true) StartRule startRule,
        @Schema(required = true, nullable = true, examples = "75") Integer startAge,
        @Schema(required = true, description = "The amount is per child raised (ND 20 Art. 5.4)") boolean perChild,
        @Schema(required = true) UUID levelVersionId,
        @Schema(required = true) UUID groupVersionId) {
}
