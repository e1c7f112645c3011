package dk.partnerskab.meeting.agenda;

import dk.partnerskab.common.persistence.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** An item (dagsordenspunkt) on a meeting's agenda. Deleted ones are kept for restoring. */
@Entity
@Table(name = "agenda_item")
@SQLRestriction("deleted_at is null")
public class AgendaItem extends Tracked {

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    public int position;

    @Column(nullable = false)
    public String title;

    /** Sanitised rich text. */
    public String background;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgendaItemKind kind;

    public String presenter;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    /** What was said and concluded, as sanitised rich text. */
    public String minutes;

    @Column(name = "focus_area_id")
    public UUID focusAreaId;

    /** Set when the item changes after the agenda was published, so members see what is new. */
    @Column(name = "changed_after_publish", nullable = false)
    public boolean changedAfterPublish;

    @Column(name = "follow_up_id")
    public UUID followUpId;

    @Column(name = "carried_over_from")
    public UUID carriedOverFrom;
}
