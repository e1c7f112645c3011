package dk.partnerskab.meeting.attendance;

import dk.partnerskab.common.persistence.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One person's invitation to a meeting, their answer and their presence. */
@Entity
@Table(name = "meeting_attendance")
public class Attendance extends Tracked {

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    /** The organisation the person represented when invited. */
    @Column(name = "organisation_id")
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceResponse response;

    public String reason;

    @Enumerated(EnumType.STRING)
    public Presence presence;

    @Column(name = "responded_at")
    public Instant respondedAt;
}
