package vn.ansinh.calendar;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.AnSinhApi;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.QueryParams;

@Path("/calendar")
@Tag(name = "Working-day calendar")
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    WorkingCalendar calendar;

    @GET
    @Path("/years/{year}")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN, Role.Names.PAYMENT_AGENT })
    @Operation(operationId = "getCalendarYear", summary = "Days off and make-up working days of a year")
    @APIResponse(responseCode = "200", description = "The year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarYearView.class)))
    public CalendarYearView getCalendarYear(@PathParam("year") @Min(1990) @Max(2100) int year) {
        return calendar.year(year);
    }

    @GET
    @Path("/working-days")
    @RolesAllowed({ Role.Names.SOCIAL_WORKER, Role.Names.APPROVER, Role.Names.PROVINCE_OFFICER, Role.Names.AUDITOR,
            Role.Names.INTEGRATOR, Role.Names.ADMIN, Role.Names.PAYMENT_AGENT })
    @Operation(operationId = "addWorkingDays", summary = "The date a number of working days after (or before) a date",
            description = "The start day itself is not counted; a negative number counts backwards.")
    @APIResponse(responseCode = "200", description = "The date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkingDayAnswer.class)))
    public WorkingDayAnswer addWorkingDays(
            @Parameter(description = "Start date", example = "2026-02-13", required = true) @QueryParam("from") String from,
            @Parameter(description = "Working days to add", example = "7") @QueryParam("add") @Min(-400) @Max(400) int add) {
        LocalDate start = QueryParams.date("from", from, null);
        if (start == null) {
            throw ProblemException.invalidField("from", "required");
        }
        LocalDate date = calendar.addWorkingDays(start, add);
        return new WorkingDayAnswer(start, add, date, calendar.isProvisional(start) || calendar.isProvisional(date));
    }
}
