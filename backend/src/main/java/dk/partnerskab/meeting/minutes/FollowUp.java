package dk.partnerskab.meeting.minutes;

import dk.partnerskab.common.persistence.PartnershipRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A follow-up item (opfølgningspunkt): what, who is responsible, by when; open until done. */
@Entity
@Table(name = "follow_up_item")
@SQLRestriction("deleted_at is null")
public class FollowUp extends PartnershipRecord {

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "agenda_item_id", nullable = false)
    public UUID agendaItemId;

    @Column(nullable = false)
    public String title;

    @Column(name = "responsible_organisation_id")
    public UUID responsibleOrganisationId;

    @Column(name = "responsible_person_id")
    public UUID responsiblePersonId;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpStatus status;

    public String note;

    @Column(name = "done_at")
    public Instant doneAt;
}
