package vn.ansinh.shared;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the items and where they stand in the whole result.
 * Named per item type in the contract (e.g. AreaPage), so it carries no schema name of its own.
 */
public record PageView<T>(
        @Schema(required = true, description = "The items of this page") List<T> items,
        @Schema(required = true, description = "Index of this page, from 0", examples = "0") int page,
        @Schema(required = true, description = "Page size asked for", examples = "50") int size,
        @Schema(required = true, description = "Number of items in the whole result", examples = "34") long totalItems,
        @Schema(required = true, description = "Number of pages in the whole result", examples = "1") int totalPages) {

    public static <T> PageView<T> of(List<T> items, int page, int size, long totalItems) {
        int totalPages = size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
        return new PageView<>(List.copyOf(items), page, size, totalItems, totalPages);
    }
}
