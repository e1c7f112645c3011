package dk.partnerskab.meeting.attendance;

import dk.partnerskab.audit.Audience;
import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.meeting.Meeting;
import dk.partnerskab.meeting.MeetingRepository;
import dk.partnerskab.meeting.MeetingService;
import dk.partnerskab.meeting.MeetingStatus;
import dk.partnerskab.meeting.dto.AgendaRecipient;
import dk.partnerskab.meeting.dto.AgendaRecipients;
import dk.partnerskab.meeting.dto.AttendanceList;
import dk.partnerskab.meeting.dto.AttendanceUpdate;
import dk.partnerskab.meeting.dto.AttendanceView;
import dk.partnerskab.notification.MeetingNotice;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.members.MemberService;
import dk.partnerskab.person.PersonProfile;
import dk.partnerskab.person.PersonRegistry;
import dk.partnerskab.workinggroup.WorkingGroupService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Invitations to a meeting, the members' answers (attending or apologies) and presence on the day. */
@ApplicationScoped
public class AttendanceService {

    static final String ENTITY = "ATTENDANCE";
    static final String INVITATIONS = "ATTENDANCE_INVITATION";

    private final AttendanceRepository attendance;
    private final MeetingRepository meetings;
    private final MemberService members;
    private final WorkingGroupService workingGroups;
    private final PersonRegistry people;
    private final OrganisationService organisations;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public AttendanceService(
            AttendanceRepository attendance,
            MeetingRepository meetings,
            MemberService members,
            WorkingGroupService workingGroups,
            PersonRegistry people,
            OrganisationService organisations,
            PartnershipAccess access,
            AuditTrail audit,
            Clock clock) {
        this.attendance = attendance;
        this.meetings = meetings;
        this.members = members;
        this.workingGroups = workingGroups;
        this.people = people;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AttendanceList list(UUID partnershipId, UUID meetingId) {
        Membership viewer = access.membership(partnershipId);
        requireMeeting(partnershipId, meetingId);
        return listOf(meetingId, viewer);
    }

    /** Invites the current members not invited yet, e.g. those who joined after the agenda went out. */
    @Transactional
    public AttendanceList invite(UUID partnershipId, UUID meetingId) {
        Membership viewer = access.requireEditor(partnershipId);
        Meeting meeting = requireMeeting(partnershipId, meetingId);
        MeetingService.requireOpen(meeting);
        invite(meeting, clock.instant());
        return listOf(meetingId, viewer);
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
    public AttendanceView update(
            UUID partnershipId, UUID meetingId, UUID id, long expectedVersion, AttendanceUpdate input) {
        Membership viewer = access.membership(partnershipId);
        boolean editor = viewer.editor();
        Meeting meeting = requireMeeting(partnershipId, meetingId);
        Attendance row = attendance
                .findIn(meetingId, id)
                .orElseThrow(() -> ProblemException.notFound("No invitation with this id to this meeting."));
        boolean mine = row.personId.equals(viewer.personId());
        if (!mine && !editor) {
            throw new ProblemException(ProblemKey.FORBIDDEN, "You can only answer for yourself.");
        }
        boolean presenceChanges = input.presence() != row.presence;
        if (presenceChanges && !editor) {
            throw new ProblemException(
                    ProblemKey.FORBIDDEN, "Only the chair and the secretariat record who was present.");
        }
        Preconditions.requireVersion(expectedVersion, row.version);
        String reason = input.response() == AttendanceResponse.APOLOGIES ? Text.blankToNull(input.reason()) : null;
        boolean answerChanges = input.response() != row.response || !java.util.Objects.equals(reason, row.reason);
        if (answerChanges && !meeting.status.isOpen()) {
            throw new ProblemException(
                    ProblemKey.INVALID_STATE_TRANSITION,
                    "The meeting is " + meeting.status + "; answers can no longer change.");
        }
        if (presenceChanges) {
            LocalDate day = meeting.startsAt.atZone(clock.getZone()).toLocalDate();
            // An ad-hoc meeting is minuted from its day before any agenda goes out (issue 12), so
            // who was at the table is recorded then too.
            if (meeting.status == MeetingStatus.CANCELLED
                    || LocalDate.now(clock).isBefore(day)) {
                throw new ProblemException(
                        ProblemKey.INVALID_STATE_TRANSITION,
                        "Presence is recorded from the meeting's day (" + day + "), not for a cancelled meeting.");
            }
        }
        AttendanceView before = viewOf(row, viewer);
        if (answerChanges) {
            row.response = input.response();
            row.reason = reason;
            row.respondedAt = clock.instant();
        }
        row.presence = input.presence();
        row.touch();
        attendance.flush();
        AttendanceView after = viewOf(row, viewer);
        // Who comes is for the participants; why someone sent apologies only for the members.
        audit.record(
                Audience.PARTICIPANTS,
                partnershipId,
                ENTITY,
                id,
                AuditAction.UPDATED,
                after.name(),
                before,
                after,
                "reason");
        return after;
    }

    /**
     * Invites the members not invited yet: all of the partnership's for its own meeting; for a working
     * group's meeting its members, and the chair and secretariat who run it.
     */
    public void invite(Meeting meeting, java.time.Instant now) {
        java.util.Set<UUID> group =
                meeting.workingGroupId == null ? null : workingGroups.memberIds(meeting.workingGroupId);
        List<MemberService.Invitee> invitees = members.invitees(meeting.partnershipId, group);
        List<UUID> invited = attendance.invite(
                meeting.id,
                invitees.stream().map(MemberService.Invitee::personId).toArray(UUID[]::new),
                invitees.stream().map(MemberService.Invitee::organisationId).toArray(UUID[]::new),
                now);
        if (!invited.isEmpty()) {
            Map<UUID, String> names = people.names(invited);
            audit.record(
                    Audience.PARTICIPANTS,
                    meeting.partnershipId,
                    INVITATIONS,
                    meeting.id,
                    AuditAction.CREATED,
                    meeting.title,
                    null,
                    Map.of(
                            "invited",
                            invited.stream()
                                    .map(id -> names.getOrDefault(id, ""))
                                    .sorted()
                                    .toList()));
        }
    }

    /**
     * Who the e-mail about the agenda goes to if it is sent now: those already invited who are still
     * members, and the members that sending it invites (as {@link #invite(Meeting, java.time.Instant)}
     * chooses them), each with the organisation they are invited for.
     */
    @Transactional
    public AgendaRecipients agendaRecipients(UUID partnershipId, UUID meetingId) {
        access.requireEditor(partnershipId);
        Meeting meeting = requireMeeting(partnershipId, meetingId);
        Map<UUID, UUID> organisationOf = new java.util.LinkedHashMap<>();
        List<Attendance> invited = attendance.ofMeeting(meetingId);
        java.util.Set<UUID> stillMembers = members.membersAmong(
                partnershipId, invited.stream().map(a -> a.personId).toList());
        invited.stream()
                .filter(a -> stillMembers.contains(a.personId))
                .forEach(a -> organisationOf.put(a.personId, a.organisationId));
        if (meeting.status.isOpen()) {
            java.util.Set<UUID> group =
                    meeting.workingGroupId == null ? null : workingGroups.memberIds(meeting.workingGroupId);
            members.invitees(partnershipId, group)
                    .forEach(i -> organisationOf.putIfAbsent(i.personId(), i.organisationId()));
        }
        Map<UUID, PersonProfile> profiles = people.profiles(organisationOf.keySet());
        Map<UUID, OrganisationRef> refs = organisations.refs(organisationOf.values());
        List<AgendaRecipient> all = people.byName(profiles.keySet(), 0, profiles.size()).stream()
                .map(profiles::get)
                .map(p -> new AgendaRecipient(p.id(), p.name(), refs.get(organisationOf.get(p.id()))))
                .toList();
        return new AgendaRecipients(
                all.stream()
                        .filter(r -> profiles.get(r.personId()).email() != null)
                        .toList(),
                all.stream()
                        .filter(r -> profiles.get(r.personId()).email() == null)
                        .toList());
    }

    /** What the mails about the meeting say, to the people invited who are still members. */
    public MeetingNotice notice(Meeting m) {
        return notice(m, false);
    }

    /**
     * What the mails about the meeting say, to the people invited who are still members.
     *
     * @param membersOnly only to those who see draft minutes (not observers): the mail is about them
     */
    public MeetingNotice notice(Meeting m, boolean membersOnly) {
        List<UUID> invited =
                attendance.ofMeeting(m.id).stream().map(a -> a.personId).toList();
        java.util.Set<UUID> stillMembers = membersOnly
                ? members.insidersAmong(m.partnershipId, invited)
                : members.membersAmong(m.partnershipId, invited);
        return new MeetingNotice(
                m.id,
                m.partnershipId,
                m.title,
                m.startsAt,
                m.durationMinutes,
                m.place,
                m.onlineUrl,
                m.minutesCommentDeadline,
                m.minutesVersion,
                invited.stream().filter(stillMembers::contains).toList());
    }

    private AttendanceList listOf(UUID meetingId, Membership viewer) {
        Map<UUID, Attendance> rows = new java.util.HashMap<>();
        attendance.ofMeeting(meetingId).forEach(a -> rows.put(a.personId, a));
        // A meeting's invitations are bounded by its partnership's members: ordered by name by the person feature.
        List<UUID> byName = people.byName(rows.keySet(), 0, rows.size());
        Map<UUID, PersonProfile> profiles = people.profiles(byName);
        Map<UUID, OrganisationRef> organisationRefs = organisations.refs(
                rows.values().stream().map(a -> a.organisationId).toList());
        List<AttendanceView> items = byName.stream()
                .map(person -> view(
                        rows.get(person),
                        profiles.get(person),
                        organisationRefs.get(rows.get(person).organisationId),
                        viewer))
                .toList();
        Map<AttendanceResponse, Long> counts = new java.util.EnumMap<>(AttendanceResponse.class);
        items.forEach(item -> counts.merge(item.response(), 1L, Long::sum));
        return new AttendanceList(
                items,
                counts.getOrDefault(AttendanceResponse.ATTENDING, 0L),
                counts.getOrDefault(AttendanceResponse.APOLOGIES, 0L),
                counts.getOrDefault(AttendanceResponse.INVITED, 0L));
    }

    private AttendanceView viewOf(Attendance row, Membership viewer) {
        return view(row, people.profile(row.personId), organisations.ref(row.organisationId), viewer);
    }

    /** An apology's reason is for the members: observers see that someone sent apologies, not why. */
    private static AttendanceView view(Attendance a, PersonProfile p, OrganisationRef o, Membership viewer) {
        boolean mine = p.id().equals(viewer.personId());
        return new AttendanceView(
                a.id,
                p.id(),
                p.name(),
                o,
                a.response,
                viewer.insider() || mine ? a.reason : null,
                a.presence,
                mine,
                a.version);
    }

    private Meeting requireMeeting(UUID partnershipId, UUID meetingId) {
        return meetings.findIn(partnershipId, meetingId)
                .orElseThrow(() -> ProblemException.notFound("No meeting with this id in this partnership."));
    }
}
