package vn.ansinh.shared;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the contract with what every operation shares: the problem responses it can give.
 * Written once here instead of on every resource method.
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasPathParameter = path.getKey().contains("{");
            for (Operation operation : path.getValue().getOperations().values()) {
                APIResponses responses = operation.getResponses();
                if (operation.getSecurity() != null) {
                    operation.setSecurity(new java.util.ArrayList<>(new java.util.LinkedHashSet<>(operation.getSecurity())));
                } else {
                    operation.setSecurity(new java.util.ArrayList<>()); // public: say so explicitly
                }
                boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
                boolean hasInput = operation.getRequestBody() != null
                        || (operation.getParameters() != null && !operation.getParameters().isEmpty());
                if (hasInput) {
                    add(responses, "400", "The request is not valid: see `errors` for each field");
                }
                if (secured) {
                    add(responses, "401", "Not authenticated, or the session has ended");
                    add(responses, "403", "The caller's role may not do this");
                }
                if (hasPathParameter) {
                    add(responses, "404", "No such resource within the caller's area");
                }
                if (operation.getRequestBody() != null) {
                    add(responses, "413", "The request body is too large");
                    add(responses, "415", "The request body is not of a supported media type");
                }
                add(responses, "500", "Unexpected error; the problem carries an `incidentId` for support");
            }
        }
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status) && responses.getAPIResponse(status).getContent() != null) {
            return;
        }
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
    }
}
