package dk.partnerskab.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A decision (beslutning) recorded in the minutes of an agenda item. */
@Entity
@Table(name = "decision")
@SQLRestriction("deleted_at is null")
public class Decision {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "agenda_item_id", nullable = false)
    public UUID agendaItemId;

    @Column(nullable = false)
    public String text;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Version
    public long version;
}
