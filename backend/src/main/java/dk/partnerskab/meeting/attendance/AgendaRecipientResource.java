package dk.partnerskab.meeting.attendance;

import dk.partnerskab.common.security.Roles;
import dk.partnerskab.meeting.dto.AgendaRecipients;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/meetings/{meetingId}/agenda/recipients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Attendance")
public class AgendaRecipientResource {

    private final AttendanceService service;

    public AgendaRecipientResource(AttendanceService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "Who the agenda's e-mail goes to",
            description = "For the chair, secretariat and admins before they send the agenda: the members "
                    + "invited and those sending it would invite, by name with their organisation.")
    @APIResponse(
            responseCode = "200",
            description = "The recipients, and the members without a known address.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgendaRecipients.class)))
    public AgendaRecipients listAgendaRecipients(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("meetingId") UUID meetingId) {
        return service.agendaRecipients(partnershipId, meetingId);
    }
}
