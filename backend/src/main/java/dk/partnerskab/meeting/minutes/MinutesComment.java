package dk.partnerskab.meeting.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A member's comment on an agenda item's draft minutes. Comments are not edited, only added; the
 * secretariat marks them handled as it works them in.
 */
@Entity
@Table(name = "minutes_comment")
public class MinutesComment {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "agenda_item_id", nullable = false)
    public UUID agendaItemId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false)
    public String text;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "handled_at")
    public Instant handledAt;

    /** Who marked the comment handled; set together with {@link #handledAt}. */
    @Column(name = "handled_by")
    public UUID handledBy;
}
