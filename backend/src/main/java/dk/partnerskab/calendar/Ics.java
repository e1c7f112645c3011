package dk.partnerskab.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * iCalendar (RFC 5545) text for meetings. Times go out in UTC so that no VTIMEZONE block is needed;
 * calendar programs show them in the reader's zone.
 */
public final class Ics {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** One meeting as a calendar event; {@code sequence} grows with every change so that updates replace the old one. */
    public record Event(
            UUID id,
            String title,
            Instant start,
            int durationMinutes,
            String place,
            String onlineUrl,
            String description,
            boolean cancelled,
            long sequence,
            String url) {}

    private Ics() {}

    public static String calendar(String name, List<Event> events, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Partnerskabsportalen//Møder//DA");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:Europe/Copenhagen");
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.id() + "@partnerskabsportalen");
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART:" + UTC.format(e.start()));
            line(out, "DTEND:" + UTC.format(e.start().plusSeconds(60L * e.durationMinutes())));
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "SUMMARY:" + text(e.cancelled() ? "AFLYST: " + e.title() : e.title()));
            String location = e.place() != null ? e.place() : e.onlineUrl();
            if (location != null) {
                line(out, "LOCATION:" + text(location));
            }
            if (e.description() != null) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            if (e.url() != null) {
                line(out, "URL:" + e.url());
            }
            line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Escapes a TEXT value (RFC 5545 §3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets without splitting a UTF-8 character (§3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = 74;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
