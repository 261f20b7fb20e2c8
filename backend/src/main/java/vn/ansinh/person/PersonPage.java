package vn.ansinh.person;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of people; the total is exact up to {@value PersonSearch#COUNT_CAP} and capped beyond. */
@Schema(name = "PersonPage", description = "One page of people. `totalItems` is exact up to 1,000; beyond, it is 1,000 "
        + "and `totalItemsCapped` is true (narrow the search).")
public record PersonPage(
        @Schema(required = true) List<PersonSummary> items,
        @Schema(required = true, examples = "0") int page,
        @Schema(required = true, examples = "50") int size,
        @Schema(required = true, examples = "2") long totalItems,
        @Schema(required = true, examples = "1") int totalPages,
        @Schema(required = true, description = "True when more than 1,000 people match") boolean totalItemsCapped) {
}
