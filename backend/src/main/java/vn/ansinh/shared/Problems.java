package vn.ansinh.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/** Builds localised {@link Problem}s and their responses; the one place that knows the format. */
@ApplicationScoped
public class Problems {

    @Inject
    Messages messages;

    public Problem problem(Locale locale, int status, String code, String instance, List<FieldError> fieldErrors,
            Map<String, Object> extensions, Object... args) {
        String title = messages.text(locale, "problem." + code + ".title", args);
        String detail = messages.text(locale, "problem." + code + ".detail", args);
        if (title == null) {
            title = messages.text(locale, "problem.http." + status + ".title");
        }
        if (title == null) {
            title = messages.text(locale, "problem.unexpected.title");
        }
        Map<String, Object> members = new java.util.LinkedHashMap<>(extensions);
        @SuppressWarnings("unchecked")
        Map<String, Object[]> fieldArgs = (Map<String, Object[]>) members.remove(ProblemException.FIELD_ARGS);
        return new Problem(Problem.typeOf(code), title, status, detail, instance, code,
                localise(locale, fieldErrors, fieldArgs == null ? Map.of() : fieldArgs), members);
    }

    public List<FieldError> localise(Locale locale, List<FieldError> fieldErrors) {
        return localise(locale, fieldErrors, Map.of());
    }

    private List<FieldError> localise(Locale locale, List<FieldError> fieldErrors, Map<String, Object[]> fieldArgs) {
        if (fieldErrors == null) {
            return List.of();
        }
        List<FieldError> localised = new ArrayList<>(fieldErrors.size());
        for (FieldError error : fieldErrors) {
            String message = error.message() != null ? error.message()
                    : messages.text(locale, "field." + error.code(), fieldArgs.get(error.field()));
            localised.add(new FieldError(error.field(), error.code(), message != null ? message : error.code()));
        }
        return localised;
    }

    public Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
