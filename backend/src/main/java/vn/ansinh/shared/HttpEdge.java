package vn.ansinh.shared;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.web.Route;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What happens at the HTTP edge, before or around the REST layer: request bodies that are too
 * large are refused as problems before they are read, unknown API paths answer a problem, and
 * the single-page app's deep links fall back to its index page.
 */
@ApplicationScoped
public class HttpEdge {

    private static final String API = "/api/";

    @Inject
    Problems problems;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "ansinh.http.max-request-bytes", defaultValue = "1048576")
    long maxRequestBytes;

    /** API paths that take file uploads (e.g. imports): they get their own, larger allowance. */
    @ConfigProperty(name = "ansinh.http.upload-paths", defaultValue = "/api/v1/imports")
    List<String> uploadPaths;

    @ConfigProperty(name = "ansinh.http.max-upload-request-bytes", defaultValue = "23068672")
    long maxUploadRequestBytes;

    /**
     * Installed ahead of everything that reads a body, Vert.x's body handler included (multipart
     * uploads go through it before any route filter runs), so that a 50 MB upload is refused
     * from its Content-Length alone.
     */
    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER - 1).handler(this::refuseOversizedBodies);
    }

    void refuseOversizedBodies(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && rc.normalizedPath().startsWith(API)) {
            long bytes;
            try {
                bytes = Long.parseLong(length.trim());
            } catch (NumberFormatException malformed) {
                bytes = Long.MAX_VALUE;
            }
            long limit = allowanceOf(rc);
            if (bytes > limit) {
                end(rc, 413, "request.too-large", Map.of("maxBytes", limit), limit);
                return;
            }
        }
        rc.next();
    }

    /** An upload path (exactly, not its sub-resources) may send more than an ordinary request. */
    private long allowanceOf(RoutingContext rc) {
        if (rc.request().method() == HttpMethod.POST && uploadPaths.contains(rc.normalizedPath())) {
            return Math.max(maxRequestBytes, maxUploadRequestBytes);
        }
        return maxRequestBytes;
    }

    @RouteFilter(100)
    void fallBackToSinglePageApp(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (rc.request().method() == HttpMethod.GET && !path.startsWith(API) && !path.equals("/api")
                && !path.startsWith("/q/") && !path.equals("/") && !lastSegmentHasExtension(path)
                && acceptsHtml(rc)) {
            rc.reroute("/");
            return;
        }
        rc.next();
    }

    /** Reached only when no resource matched: an unknown API path still answers a problem. */
    @Route(regex = "/api(/.*)?", order = Integer.MAX_VALUE)
    void unknownApiPath(RoutingContext rc) {
        end(rc, 404, "not-found", Map.of());
    }

    private void end(RoutingContext rc, int status, String code, Map<String, Object> extensions, Object... args) {
        Problem problem = problems.problem(Messages.negotiate(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                status, code, rc.request().path(), List.of(), extensions, args);
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(encode(problem));
    }

    private String encode(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean lastSegmentHasExtension(String path) {
        return path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    private static boolean acceptsHtml(RoutingContext rc) {
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }
}
