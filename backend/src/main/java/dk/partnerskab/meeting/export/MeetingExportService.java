package dk.partnerskab.meeting.export;

import dk.partnerskab.calendar.CalendarFeedService;
import dk.partnerskab.calendar.Ics;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.meeting.MeetingService;
import dk.partnerskab.meeting.MeetingStatus;
import dk.partnerskab.meeting.attendance.AttendanceService;
import dk.partnerskab.meeting.dto.MeetingView;
import dk.partnerskab.partnership.PartnershipService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A meeting's documents for outside the portal: agenda and minutes as PDF, the meeting as iCalendar. */
@ApplicationScoped
public class MeetingExportService {

    private final MeetingService meetings;
    private final AttendanceService attendance;
    private final CalendarFeedService calendar;
    private final PartnershipService partnerships;
    private final Clock clock;

    public MeetingExportService(
            MeetingService meetings,
            AttendanceService attendance,
            CalendarFeedService calendar,
            PartnershipService partnerships,
            Clock clock) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.calendar = calendar;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    /** A named document with its content. */
    public record Export(String filename, byte[] content) {}

    /**
     * The document as the caller sees the meeting: a member gets the draft minutes they may comment
     * on, marked as a draft.
     *
     * @throws ProblemException {@code invalid-state-transition} for minutes before the meeting is held
     */
    @Transactional
    public Export pdf(UUID partnershipId, UUID meetingId, MeetingPdf.Kind kind) {
        MeetingView meeting = meetings.get(partnershipId, meetingId);
        if (kind == MeetingPdf.Kind.MINUTES && meeting.status() != MeetingStatus.HELD) {
            throw new ProblemException(
                    ProblemKey.INVALID_STATE_TRANSITION,
                    "Minutes exist once the meeting is held; this one is " + meeting.status() + ".");
        }
        String partnership = partnerships.name(partnershipId);
        byte[] content = MeetingPdf.render(
                kind,
                partnership,
                meeting,
                attendance.list(partnershipId, meetingId).items());
        String day = meeting.startsAt()
                .atZoneSameInstant(clock.getZone())
                .toLocalDate()
                .toString();
        return new Export(
                (kind == MeetingPdf.Kind.AGENDA ? "Dagsorden " : "Referat ") + meeting.title() + " " + day + ".pdf",
                content);
    }

    @Transactional
    public Export ics(UUID partnershipId, UUID meetingId) {
        MeetingView m = meetings.get(partnershipId, meetingId);
        String partnership = partnerships.name(partnershipId);
        Ics.Event event = calendar.event(
                m.id(),
                partnershipId,
                partnership,
                m.title(),
                m.startsAt().toInstant(),
                m.durationMinutes(),
                m.place(),
                m.onlineUrl(),
                m.status(),
                m.version());
        String text = Ics.calendar(partnership, List.of(event), clock.instant());
        return new Export(m.title() + ".ics", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
