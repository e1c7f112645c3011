package dk.partnerskab.meeting;

import dk.partnerskab.common.persistence.PartnershipRecord;
import dk.partnerskab.meeting.minutes.MinutesStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A meeting (møde) of a partnership. */
@Entity
@Table(name = "meeting")
public class Meeting extends PartnershipRecord {

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    public String place;

    @Column(name = "online_url")
    public String onlineUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingStatus status;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "agenda_published_at")
    public Instant agendaPublishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_status", nullable = false)
    public MinutesStatus minutesStatus = MinutesStatus.DRAFT;

    @Column(name = "minutes_comment_deadline")
    public java.time.LocalDate minutesCommentDeadline;

    @Column(name = "minutes_sent_at")
    public Instant minutesSentAt;

    /**
     * When the minutes were taken back from comments to work them in; set while that revised draft
     * is neither sent again nor approved.
     */
    @Column(name = "minutes_revised_at")
    public Instant minutesRevisedAt;

    @Column(name = "minutes_approved_at")
    public Instant minutesApprovedAt;

    @Column(name = "minutes_published_at")
    public Instant minutesPublishedAt;

    /** How many times the minutes were published: 1 after the first, 2 after a correction, … */
    @Column(name = "minutes_version", nullable = false)
    public int minutesVersion;

    /** Why the published minutes are being corrected, while the correction is a draft. */
    @Column(name = "minutes_correction_reason")
    public String minutesCorrectionReason;

    /** The working group this is a meeting of; null for a meeting of the whole partnership. */
    @Column(name = "working_group_id")
    public UUID workingGroupId;
}
