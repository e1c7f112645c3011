package dk.partnerskab.meeting;

import java.util.Set;

/**
 * Where a meeting is in its life: planned, its agenda published, held; or cancelled. Minutes have
 * a workflow of their own once the meeting is held.
 */
public enum MeetingStatus {
    PLANNED,
    AGENDA_PUBLISHED,
    HELD,
    CANCELLED;

    /** Time, place and agenda can still change. */
    public boolean isOpen() {
        return this == PLANNED || this == AGENDA_PUBLISHED;
    }

    public Set<MeetingStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(AGENDA_PUBLISHED, CANCELLED);
            case AGENDA_PUBLISHED -> Set.of(HELD, CANCELLED);
            case HELD, CANCELLED -> Set.of();
        };
    }
}
