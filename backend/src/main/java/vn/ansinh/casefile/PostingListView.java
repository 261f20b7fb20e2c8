package vn.ansinh.casefile;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The notice-board list: never identification numbers, HIV status or other sensitive data (ND 20 Art. 8). */
@Schema(name = "PublicPostingList", description = "Applications posted at the commune office: name, village and requested group only")
public record PostingListView(
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true, examples = "Xã Mường Chiên") String communeName,
        @Schema(required = true) LocalDate on,
        @Schema(required = true) List<Item> items) {

    @Schema(name = "PublicPostingItem", description = "One posted application")
    public record Item(
            @Schema(required = true, examples = "Lò Văn Đức") String fullName,
            @Schema(required = true, examples = "1948") int birthYear,
            @Schema(required = true, nullable = true, examples = "Bản Nà Cài") String village,
            @Schema(required = true, examples = "Trợ cấp hưu trí xã hội: người từ đủ 75 tuổi") String requestedGroup,
            @Schema(required = true) LocalDate postingStart,
            @Schema(required = true) LocalDate postingEnd) {
    }
}
