package dk.partnerskab.calendar;

import dk.partnerskab.calendar.dto.CalendarFeedView;
import dk.partnerskab.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(
        name = "Calendar",
        description = "Meetings for calendar programs: one meeting as iCalendar, or a personal feed of all of them.")
public class MyCalendarFeedResource {

    private final CalendarFeedService feeds;
    private final Optional<String> publicApiUrl;

    public MyCalendarFeedResource(
            CalendarFeedService feeds,
            @ConfigProperty(name = "partnerskab.public-api-url") Optional<String> publicApiUrl) {
        this.feeds = feeds;
        this.publicApiUrl = publicApiUrl;
    }

    @GET
    @Operation(
            summary = "My calendar feed",
            description = "Whether I have one and when it was made and last used; not its address.")
    @APIResponse(
            responseCode = "200",
            description = "The feed's state.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarFeedView.class)))
    public CalendarFeedView myCalendarFeed() {
        return feeds.state()
                .map(s -> new CalendarFeedView(true, null, s.createdAt(), s.lastUsedAt()))
                .orElse(new CalendarFeedView(false, null, null, null));
    }

    @POST
    @Operation(
            summary = "Make a new calendar feed address",
            description = "Returns the secret address once. An earlier address stops working.")
    @APIResponse(
            responseCode = "201",
            description = "Made.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarFeedView.class)))
    public Response createCalendarFeed(UriInfo uri) {
        CalendarFeedService.Created created = feeds.create();
        String base = publicApiUrl
                .map(u -> u.replaceAll("/+$", ""))
                .orElse(uri.getBaseUri().toString().replaceAll("/+$", ""));
        String url = base + "/calendar-feeds/" + created.token() + ".ics";
        return Response.status(Response.Status.CREATED)
                .entity(new CalendarFeedView(true, url, created.createdAt(), null))
                .build();
    }

    @DELETE
    @Operation(summary = "Revoke my calendar feed", description = "Its address stops working at once.")
    @APIResponse(responseCode = "204", description = "Revoked, or there was none.")
    public void revokeCalendarFeed() {
        feeds.revoke();
    }
}
