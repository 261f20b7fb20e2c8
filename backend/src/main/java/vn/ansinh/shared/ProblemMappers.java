package vn.ansinh.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become {@code application/problem+json}. Nothing else writes
 * error bodies, so every error of the API has the same shape, a stable code and no internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    Problems problems;

    @ServerExceptionMapper
    public Response business(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Response.ResponseBuilder response = Response.fromResponse(problems.response(problems.problem(
                locale(headers), e.status(), e.code(), path(uri), e.fieldErrors(), e.extensions(), e.args())));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(fieldError(locale, violation));
        }
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        return respond(locale, 400, "validation.failed", uri, errors);
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        return respond(locale(headers), 400, "validation.failed", uri,
                List.of(new FieldError(jsonPath(e), "unknown-field", null)));
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            return business(ProblemException.invalidField(jsonPath(e), "unknown-value", allowedValues(target)), headers, uri);
        }
        return respond(locale(headers), 400, "validation.failed", uri, List.of(new FieldError(jsonPath(e), "wrong-type", null)));
    }

    static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(locale(headers), 400, "request.malformed-json", uri, List.of());
        }
        return respond(locale(headers), 400, "validation.failed", uri, List.of(new FieldError(field, "wrong-type", null)));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return respond(locale(headers), 400, "request.malformed-json", uri, List.of());
    }

    private Response jsonMapping(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unrecognized) {
            return unrecognizedField(unrecognized, headers, uri);
        }
        if (e instanceof InvalidFormatException invalid) {
            return wrongValue(invalid, headers, uri);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return wrongShape(mismatched, headers, uri);
        }
        return malformedJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return withChallenge(respond(locale(headers), 401, "auth.unauthenticated", uri, List.of()));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return withChallenge(respond(locale(headers), 401, "auth.unauthenticated", uri, List.of()));
    }

    @ServerExceptionMapper
    public Response authenticationIncomplete(AuthenticationCompletionException e, HttpHeaders headers, UriInfo uri) {
        return withChallenge(respond(locale(headers), 401, "auth.unauthenticated", uri, List.of()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(locale(headers), 403, "auth.forbidden", uri, List.of());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        return respond(locale(headers), 404, "not-found", uri, List.of());
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, HttpHeaders headers, UriInfo uri) {
        Response problem = respond(locale(headers), 405, "method-not-allowed", uri, List.of());
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, HttpHeaders headers, UriInfo uri) {
        return respond(locale(headers), 415, "unsupported-media-type", uri, List.of());
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpHeaders headers, UriInfo uri) {
        return respond(locale(headers), 406, "not-acceptable", uri, List.of());
    }

    @ServerExceptionMapper
    public Response otherHttpError(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonMappingException mapping) {
                return jsonMapping(mapping, headers, uri);
            }
            if (cause instanceof JsonProcessingException) {
                return malformedJson((JsonProcessingException) cause, headers, uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        return respond(locale(headers), status, status == 400 ? "bad-request" : "http." + status, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (isPoolExhausted(e)) {
            // Overload, not a fault: every database connection stayed busy for the whole acquisition timeout.
            // Nothing was done; the caller may retry shortly.
            LOG.warnf("No database connection free in time on %s: answered 503", path(uri));
            return Response.fromResponse(respond(locale(headers), 503, "service-busy", uri, List.of()))
                    .header(HttpHeaders.RETRY_AFTER, "2").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s, on %s", incident, path(uri));
        Problem problem = problems.problem(locale(headers), 500, "internal-error", path(uri), List.of(),
                Map.of("incidentId", incident), incident);
        return problems.response(problem);
    }

    /** Agroal's answer when no pooled connection became free within the acquisition timeout (a plain SQLException). */
    static boolean isPoolExhausted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException && cause.getMessage() != null
                    && cause.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private Response respond(Locale locale, int status, String code, UriInfo uri, List<FieldError> errors) {
        return problems.response(problems.problem(locale, status, code, path(uri), errors, Map.of()));
    }

    private static Response withChallenge(Response response) {
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ansinh\"").build();
    }

    private FieldError fieldError(Locale locale, ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String code = ValidationCodes.codeOf(annotation);
        String template = problems.localise(locale, List.of(new FieldError("", code, null))).get(0).message();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String message = template;
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            message = message.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return new FieldError(propertyPath(violation.getPropertyPath()), code, message);
    }

    /** "login.request.username" → "username": the method and parameter nodes mean nothing to a client. */
    static String propertyPath(Path path) {
        StringBuilder field = new StringBuilder();
        boolean previousWasParameter = false;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                field.setLength(0);
                field.append(node.getName());
                previousWasParameter = true;
                continue;
            }
            if (previousWasParameter) {
                field.setLength(0); // a property of a request body: name it from the body's root
                previousWasParameter = false;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static Locale locale(HttpHeaders headers) {
        return Messages.negotiate(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
