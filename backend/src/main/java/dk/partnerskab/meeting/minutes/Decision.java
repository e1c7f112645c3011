package dk.partnerskab.meeting.minutes;

import dk.partnerskab.common.persistence.PartnershipRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A decision (beslutning) recorded in the minutes of an agenda item. */
@Entity
@Table(name = "decision")
@SQLRestriction("deleted_at is null")
public class Decision extends PartnershipRecord {

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "agenda_item_id", nullable = false)
    public UUID agendaItemId;

    @Column(nullable = false)
    public String text;
}
