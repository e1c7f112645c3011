package dk.partnerskab.meeting;

import java.time.Instant;

/**
 * Filters of a partnership's meeting list; null means no limit.
 *
 * @param from meetings starting at or after this
 * @param before meetings starting before this
 * @param status only meetings with this status
 */
public record MeetingFilter(Instant from, Instant before, MeetingStatus status, java.util.UUID workingGroupId) {}
