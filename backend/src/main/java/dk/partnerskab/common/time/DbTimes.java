package dk.partnerskab.common.time;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Timestamps read with native SQL arrive as Instant, OffsetDateTime or Timestamp depending on the
 * driver path; the services want one type.
 */
public final class DbTimes {

    private DbTimes() {}

    public static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** The value in {@code zone}, or null for null. */
    public static OffsetDateTime at(Object value, ZoneId zone) {
        return value == null ? null : instant(value).atZone(zone).toOffsetDateTime();
    }
}
