package vn.ansinh.person;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** People who look alike, for a worker to review. */
@Schema(name = "DuplicateGroup", description = "People who may be the same person, and why they were grouped")
public record DuplicateGroup(
        @Schema(required = true, description = "Why: `name-birth-year:<folded name>:<year>` or `phone:<phone>`",
                examples = "name-birth-year:lo van duc:1948") String key,
        @Schema(required = true, description = "The people of the group the caller may see") List<PersonSummary> people,
        @Schema(required = true, description = "How many more people of the group live outside the caller's scope",
                examples = "0") int otherPeople) {
}
