package dk.partnerskab.meeting.export;

import dk.partnerskab.common.http.Downloads;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/meetings/{meetingId}")
@Tag(name = "Meetings")
public class MeetingExportResource {

    private static final String PDF = "application/pdf";
    private static final String TEXT_CALENDAR = "text/calendar";

    private final MeetingExportService exports;

    public MeetingExportResource(MeetingExportService exports) {
        this.exports = exports;
    }

    @GET
    @Path("/agenda.pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(
            summary = "The agenda as PDF",
            description = "In Danish: partnership, time and place, answers to the invitation, the items.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF.",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response agendaPdf(@PathParam("partnershipId") UUID partnershipId, @PathParam("meetingId") UUID meetingId) {
        return download(exports.pdf(partnershipId, meetingId, MeetingPdf.Kind.AGENDA), PDF);
    }

    @GET
    @Path("/minutes.pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    @Operation(
            summary = "The minutes as PDF",
            description =
                    "In Danish: attendance, each item's minutes, decisions and follow-up items, and the minutes' status.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF.",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "409",
            description = "The meeting is not held yet (invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response minutesPdf(@PathParam("partnershipId") UUID partnershipId, @PathParam("meetingId") UUID meetingId) {
        return download(exports.pdf(partnershipId, meetingId, MeetingPdf.Kind.MINUTES), PDF);
    }

    @GET
    @Path("/calendar.ics")
    @Produces({TEXT_CALENDAR, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.USER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(
            summary = "The meeting as iCalendar",
            description = "To add it to a calendar program; a cancelled meeting is marked so.")
    @APIResponse(
            responseCode = "200",
            description = "One event.",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response meetingCalendar(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("meetingId") UUID meetingId) {
        return download(exports.ics(partnershipId, meetingId), TEXT_CALENDAR + ";charset=utf-8");
    }

    private static Response download(MeetingExportService.Export export, String type) {
        return Downloads.attachment(export.content(), type, export.filename());
    }
}
