package vn.ansinh.person;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.shared.Problem;

/** The contract of the 409 problems of registration: a Problem with the members that say what conflicts. */
@Schema(name = "PersonConflictProblem", allOf = Problem.class,
        description = "`person.national-id-exists`: `existing` links the person holding the number (absent when the caller "
                + "may not see them). `person.possible-duplicate`: `candidates` the caller may see, `otherCandidates` "
                + "counts the others and `otherCandidateIds` lists their ids so they can be confirmed different. `member` "
                + "names the household member concerned (POST /households).")
public final class PersonConflictProblem {

    @Schema(description = "The person holding the identity number")
    public Existing existing;

    @Schema(description = "Look-alikes the caller may see")
    public List<DuplicateCandidate> candidates;

    @Schema(description = "How many look-alikes live outside the caller's scope", examples = "0")
    public Integer otherCandidates;

    @Schema(description = "Ids of the look-alikes outside the caller's scope")
    public List<UUID> otherCandidateIds;

    @Schema(description = "The member of a new household concerned", examples = "members[1]")
    public String member;

    private PersonConflictProblem() {
    }

    @Schema(name = "ExistingPerson", description = "A link to an existing person")
    public static final class Existing {
        @Schema(required = true)
        public UUID id;
        @Schema(required = true, examples = "/api/v1/people/0193a5c2-7c1e-7d3a-9a63-1f0c2b1e4d55")
        public String href;

        private Existing() {
        }
    }
}
