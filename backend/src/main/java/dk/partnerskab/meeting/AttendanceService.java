package dk.partnerskab.meeting;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.meeting.dto.AttendanceList;
import dk.partnerskab.meeting.dto.AttendanceUpdate;
import dk.partnerskab.meeting.dto.AttendanceView;
import dk.partnerskab.organisation.Organisation;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.partnership.MemberRole;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Invitations to a meeting, the members' answers (attending or apologies) and presence on the day. */
@ApplicationScoped
public class AttendanceService {

    static final String ENTITY = "ATTENDANCE";

    private final AttendanceRepository attendance;
    private final MeetingRepository meetings;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public AttendanceService(AttendanceRepository attendance, MeetingRepository meetings, PartnershipAccess access,
                             AuditTrail audit, Clock clock) {
        this.attendance = attendance;
        this.meetings = meetings;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AttendanceList list(UUID partnershipId, UUID meetingId) {
        access.requireVisible(partnershipId);
        requireMeeting(partnershipId, meetingId);
        return listOf(meetingId);
    }

    /** Invites the current members not invited yet, e.g. those who joined after the agenda went out. */
    @Transactional
    public AttendanceList invite(UUID partnershipId, UUID meetingId) {
        access.requireEditor(partnershipId);
        Meeting meeting = requireMeeting(partnershipId, meetingId);
        MeetingService.requireOpen(meeting);
        attendance.inviteMembers(meetingId, partnershipId, clock.instant());
        return listOf(meetingId);
    }

    /**
     * A member answers for themselves; the chair, secretariat and admins may answer for anyone and
     * record presence.
     *
     * @throws ProblemException {@code forbidden} for someone else's answer or presence without the
     *         right; {@code invalid-state-transition} for an answer once the meeting is held or
     *         cancelled, or presence before the meeting's day
     */
    @Transactional
    public AttendanceView update(UUID partnershipId, UUID meetingId, UUID id, long expectedVersion, AttendanceUpdate input) {
        Optional<MemberRole> role = access.requireVisible(partnershipId);
        boolean editor = access.canEdit(partnershipId, role);
        Meeting meeting = requireMeeting(partnershipId, meetingId);
        Attendance row = attendance.findIn(meetingId, id)
                .orElseThrow(() -> ProblemException.notFound("No invitation with this id to this meeting."));
        boolean mine = row.personId.equals(access.personId());
        if (!mine && !editor) {
            throw new ProblemException(ProblemKey.FORBIDDEN, "You can only answer for yourself.");
        }
        boolean presenceChanges = input.presence() != row.presence;
        if (presenceChanges && !editor) {
            throw new ProblemException(ProblemKey.FORBIDDEN, "Only the chair and the secretariat record who was present.");
        }
        Preconditions.requireVersion(expectedVersion, row.version);
        String reason = input.response() == AttendanceResponse.APOLOGIES ? Text.blankToNull(input.reason()) : null;
        boolean answerChanges = input.response() != row.response || !java.util.Objects.equals(reason, row.reason);
        if (answerChanges && !meeting.status.isOpen()) {
            throw new ProblemException(ProblemKey.INVALID_STATE_TRANSITION,
                    "The meeting is " + meeting.status + "; answers can no longer change.");
        }
        if (presenceChanges) {
            LocalDate day = meeting.startsAt.atZone(clock.getZone()).toLocalDate();
            if (meeting.status == MeetingStatus.CANCELLED || meeting.status == MeetingStatus.PLANNED
                    || LocalDate.now(clock).isBefore(day)) {
                throw new ProblemException(ProblemKey.INVALID_STATE_TRANSITION,
                        "Presence is recorded from the meeting's day (" + day + ") once its agenda is published.");
            }
        }
        AttendanceView before = viewOf(row);
        if (answerChanges) {
            row.response = input.response();
            row.reason = reason;
            row.respondedAt = clock.instant();
        }
        row.presence = input.presence();
        row.updatedAt = clock.instant();
        attendance.flush();
        AttendanceView after = viewOf(row);
        audit.record(partnershipId, ENTITY, id, AuditAction.UPDATED, after.name(), before, after);
        return after;
    }

    private AttendanceList listOf(UUID meetingId) {
        UUID me = access.personId();
        List<AttendanceView> items = attendance.withPeople(meetingId).stream()
                .map(row -> view((Attendance) row[0], (Person) row[1], (Organisation) row[2], me))
                .toList();
        Map<AttendanceResponse, Long> counts = new java.util.EnumMap<>(AttendanceResponse.class);
        items.forEach(item -> counts.merge(item.response(), 1L, Long::sum));
        return new AttendanceList(items, counts.getOrDefault(AttendanceResponse.ATTENDING, 0L),
                counts.getOrDefault(AttendanceResponse.APOLOGIES, 0L), counts.getOrDefault(AttendanceResponse.INVITED, 0L));
    }

    private AttendanceView viewOf(Attendance row) {
        Person person = attendance.getEntityManager().find(Person.class, row.personId);
        Organisation organisation = row.organisationId == null ? null
                : attendance.getEntityManager().find(Organisation.class, row.organisationId);
        return view(row, person, organisation, access.personId());
    }

    private static AttendanceView view(Attendance a, Person p, Organisation o, UUID me) {
        return new AttendanceView(a.id, p.id, p.displayName, o == null ? null : OrganisationRef.of(o), a.response, a.reason,
                a.presence, p.id.equals(me), a.version);
    }

    private Meeting requireMeeting(UUID partnershipId, UUID meetingId) {
        return meetings.findIn(partnershipId, meetingId)
                .orElseThrow(() -> ProblemException.notFound("No meeting with this id in this partnership."));
    }
}
