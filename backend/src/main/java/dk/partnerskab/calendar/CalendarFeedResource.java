package dk.partnerskab.calendar;

import dk.partnerskab.common.http.RateLimited;
import dk.partnerskab.common.http.RateLimits;
import dk.partnerskab.common.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The feed itself: calendar programs cannot log in, so the secret in the address is the credential. */
@Path("/calendar-feeds")
@PermitAll
@Tag(name = "Calendar")
public class CalendarFeedResource {

    static final String TEXT_CALENDAR = "text/calendar";

    private final CalendarFeedService feeds;

    public CalendarFeedResource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @RateLimited(RateLimits.Kind.CALENDAR_FEED)
    @GET
    @Path("/{token}.ics")
    @Produces({TEXT_CALENDAR, MediaType.APPLICATION_JSON})
    @SecurityRequirementsSet
    @Operation(
            summary = "A personal calendar feed",
            description = "Every meeting of the owner's partnerships from a year ago; "
                    + "the secret address is the credential, no token.")
    @APIResponse(
            responseCode = "200",
            description = "The meetings as iCalendar.",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown or revoked address (not-found).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response calendarFeed(@PathParam("token") String token) {
        return Response.ok(feeds.feed(token), TEXT_CALENDAR + ";charset=utf-8")
                .header("Cache-Control", "private, max-age=900")
                .header("Content-Disposition", "inline; filename=\"partnerskabsmoeder.ics\"")
                .build();
    }
}
