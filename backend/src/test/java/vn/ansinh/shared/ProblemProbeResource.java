package vn.ansinh.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.ansinh.identity.Role;

/**
 * Test-only endpoints that fail in each way a real endpoint can, so the problem format is checked
 * for every kind of failure even before a feature produces each one.
 */
@Path("/test-probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public enum Colour { RED, GREEN }

    public record Payload(@NotNull Colour colour, @NotNull Integer count) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Payload echo(@Valid @NotNull Payload request) {
        return request;
    }

    @GET
    @Path("/admin-only")
    @RolesAllowed(Role.Names.ADMIN)
    public String adminOnly() {
        return "ok";
    }

    @GET
    @Path("/conflict")
    @PermitAll
    public String conflict() {
        throw ProblemException.conflict("probe.conflict");
    }

    @GET
    @Path("/crash")
    @PermitAll
    public String crash() {
        throw new IllegalStateException("secret internal detail in vn.ansinh.Something");
    }

    @GET
    @Path("/pool-exhausted")
    @PermitAll
    public String poolExhausted() {
        // what Hibernate throws when Agroal finds no free connection within its acquisition timeout
        throw new jakarta.persistence.PersistenceException("Unable to acquire JDBC Connection",
                new java.sql.SQLException("Sorry, acquisition timeout!"));
    }
}
