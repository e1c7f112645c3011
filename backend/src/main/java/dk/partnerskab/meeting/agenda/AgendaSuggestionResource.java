package dk.partnerskab.meeting.agenda;

import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.meeting.dto.AgendaItemView;
import dk.partnerskab.meeting.dto.AgendaSuggestion;
import dk.partnerskab.meeting.dto.SuggestionAcceptance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/meetings/{meetingId}/agenda-suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Agenda")
public class AgendaSuggestionResource {

    private final AgendaSuggestionService suggestions;

    public AgendaSuggestionResource(AgendaSuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @Operation(
            summary = "Suggestions for the agenda",
            description =
                    "Open follow-up items due by the meeting's day, and items "
                            + "of the previous meeting that were cancelled or got no minutes or decision; leaves out what is already on the agenda.")
    @APIResponse(
            responseCode = "200",
            description = "The suggestions, follow-up items by due date first.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AgendaSuggestion.class)))
    public List<AgendaSuggestion> agendaSuggestions(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("meetingId") UUID meetingId) {
        return suggestions.suggestions(partnershipId, meetingId);
    }

    @POST
    @Operation(
            summary = "Put a suggestion on the agenda",
            description = "Adds it as a new item at the end, linked to its source.")
    @APIResponse(
            responseCode = "201",
            description = "The new item.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgendaItemView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not one of the meeting's suggestions, or invalid input (validation-failed).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The meeting is held or cancelled (invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response acceptAgendaSuggestion(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("meetingId") UUID meetingId,
            @Valid @NotNull SuggestionAcceptance body) {
        AgendaItemView item = suggestions.accept(partnershipId, meetingId, body);
        return Response.status(Response.Status.CREATED)
                .entity(item)
                .tag(Preconditions.etag(item.version()))
                .build();
    }
}
