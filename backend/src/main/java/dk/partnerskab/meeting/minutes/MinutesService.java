package dk.partnerskab.meeting.minutes;

import dk.partnerskab.audit.Audience;
import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.RichText;
import dk.partnerskab.meeting.Meeting;
import dk.partnerskab.meeting.MeetingRepository;
import dk.partnerskab.meeting.MeetingService;
import dk.partnerskab.meeting.MeetingStatus;
import dk.partnerskab.meeting.agenda.AgendaItem;
import dk.partnerskab.meeting.agenda.AgendaItemRepository;
import dk.partnerskab.meeting.agenda.AgendaService;
import dk.partnerskab.meeting.attendance.AttendanceService;
import dk.partnerskab.meeting.dto.AgendaItemView;
import dk.partnerskab.meeting.dto.CommentInput;
import dk.partnerskab.meeting.dto.CommentView;
import dk.partnerskab.meeting.dto.MeetingView;
import dk.partnerskab.meeting.dto.MinutesApproval;
import dk.partnerskab.meeting.dto.MinutesCorrection;
import dk.partnerskab.meeting.dto.MinutesInput;
import dk.partnerskab.meeting.dto.MinutesSending;
import dk.partnerskab.meeting.dto.PersonRef;
import dk.partnerskab.notification.Notifications;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.person.PersonRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writing the minutes per agenda item and taking them through comments, approval and publishing. */
@ApplicationScoped
public class MinutesService {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final MinutesCommentRepository comments;
    private final AgendaService agenda;
    private final MeetingService meetingService;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final MinutesVersions versions;
    private final PersonRegistry people;
    private final AttendanceService invitations;
    private final Clock clock;

    public MinutesService(
            MeetingRepository meetings,
            AgendaItemRepository items,
            MinutesCommentRepository comments,
            AgendaService agenda,
            MeetingService meetingService,
            PartnershipAccess access,
            AuditTrail audit,
            Notifications notifications,
            MinutesVersions versions,
            PersonRegistry people,
            AttendanceService invitations,
            Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.comments = comments;
        this.agenda = agenda;
        this.meetingService = meetingService;
        this.access = access;
        this.audit = audit;
        this.notifications = notifications;
        this.versions = versions;
        this.people = people;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** Saves one item's minutes; meeting mode calls this as the secretary types. */
    @Transactional
    public AgendaItemView write(
            UUID partnershipId, UUID meetingId, UUID itemId, long expectedVersion, MinutesInput input) {
        access.requireEditor(partnershipId);
        Meeting meeting = requireMeeting(partnershipId, meetingId);
        MinutesRules.requireWritable(meeting, clock);
        AgendaItem item = items.findIn(meetingId, itemId)
                .orElseThrow(() -> ProblemException.notFound("No agenda item with this id on this meeting."));
        Preconditions.requireVersion(expectedVersion, item.version);
        String before = item.minutes;
        item.minutes = RichText.sanitise(input.minutes());
        item.touch();
        items.flush();
        // Minutes are written while they are a draft: the members' until published.
        audit.record(
                Audience.MEMBERS,
                partnershipId,
                AgendaService.ENTITY,
                itemId,
                AuditAction.UPDATED,
                item.title,
                java.util.Collections.singletonMap("minutes", before),
                java.util.Collections.singletonMap("minutes", item.minutes));
        // Meeting mode saves as the secretary types: answer with the one item, not the whole agenda.
        return agenda.viewOf(partnershipId, item);
    }

    /**
     * @throws ProblemException {@code invalid-state-transition} unless the meeting is held and the
     *         minutes are a draft
     */
    @Transactional
    public MeetingView send(UUID partnershipId, UUID meetingId, long expectedVersion, MinutesSending input) {
        return move(
                partnershipId, meetingId, expectedVersion, MinutesStatus.DRAFT, MinutesStatus.IN_COMMENT, meeting -> {
                    if (meeting.status != MeetingStatus.HELD) {
                        throw new ProblemException(
                                ProblemKey.INVALID_STATE_TRANSITION,
                                "Record that the meeting was held before sending its minutes.");
                    }
                    if (input.commentDeadline().isBefore(LocalDate.now(clock))) {
                        throw ProblemException.invalid(
                                List.of(new Violation("commentDeadline", "body", "must be today or later")));
                    }
                    meeting.minutesCommentDeadline = input.commentDeadline();
                    meeting.minutesSentAt = clock.instant();
                    meeting.minutesRevisedAt = null;
                    notifications.minutesSent(invitations.notice(meeting, true));
                });
    }

    /**
     * Approves minutes out for comments, or a draft taken back from comments to work them in: either
     * on the comment round's terms, after its deadline or at a meeting. A revised draft that should
     * be seen by the members again is sent again instead.
     *
     * @throws ProblemException {@code invalid-state-transition} before sending, or before the
     *         comment deadline has passed unless approved at a meeting
     */
    @Transactional
    public MeetingView approve(UUID partnershipId, UUID meetingId, long expectedVersion, MinutesApproval input) {
        boolean atMeeting = input != null && Boolean.TRUE.equals(input.atMeeting());
        access.requireEditor(partnershipId);
        Meeting current = requireMeeting(partnershipId, meetingId);
        boolean revised = current.minutesStatus == MinutesStatus.DRAFT && current.minutesRevisedAt != null;
        return move(
                partnershipId,
                meetingId,
                expectedVersion,
                revised ? MinutesStatus.DRAFT : MinutesStatus.IN_COMMENT,
                MinutesStatus.APPROVED,
                meeting -> {
                    if (!atMeeting && !LocalDate.now(clock).isAfter(meeting.minutesCommentDeadline)) {
                        throw new ProblemException(
                                ProblemKey.INVALID_STATE_TRANSITION,
                                "Members may comment until " + meeting.minutesCommentDeadline
                                        + "; approve after that, or mark the approval as made at a meeting.");
                    }
                    meeting.minutesApprovedAt = clock.instant();
                    meeting.minutesRevisedAt = null;
                    notifications.minutesApproved(invitations.notice(meeting, true));
                });
    }

    /**
     * Takes minutes out for comments back to a draft, so the secretariat can work the comments in
     * ("indarbejd kommentarer"). The comments stay, and members comment again only when the draft
     * is sent again; the comment deadline stays as the round's, for an approval of the revised draft.
     *
     * @throws ProblemException {@code invalid-state-transition} unless the minutes are out for comments
     */
    @Transactional
    public MeetingView revise(UUID partnershipId, UUID meetingId, long expectedVersion) {
        return move(
                partnershipId,
                meetingId,
                expectedVersion,
                MinutesStatus.IN_COMMENT,
                MinutesStatus.DRAFT,
                meeting -> meeting.minutesRevisedAt = clock.instant());
    }

    /**
     * Publishes approved minutes, or a correction of published ones, as the next version.
     *
     * @throws ProblemException {@code invalid-state-transition} unless approved, or a correction draft
     */
    @Transactional
    public MeetingView publish(UUID partnershipId, UUID meetingId, long expectedVersion) {
        access.requireEditor(partnershipId);
        Meeting current = requireMeeting(partnershipId, meetingId);
        boolean correction = current.minutesVersion > 0 && current.minutesStatus == MinutesStatus.DRAFT;
        return move(
                partnershipId,
                meetingId,
                expectedVersion,
                correction ? MinutesStatus.DRAFT : MinutesStatus.APPROVED,
                MinutesStatus.PUBLISHED,
                meeting -> {
                    meeting.minutesPublishedAt = clock.instant();
                    meeting.minutesVersion++;
                    versions.record(meeting, agenda.itemsOf(partnershipId, meetingId), meeting.minutesCorrectionReason);
                    if (correction) {
                        notifications.minutesCorrected(invitations.notice(meeting), meeting.minutesCorrectionReason);
                    }
                    meeting.minutesCorrectionReason = null;
                });
    }

    /**
     * Reopens published minutes as a draft to correct them; the published version stays on record
     * and the correction, once published, becomes the next version.
     *
     * @throws ProblemException {@code invalid-state-transition} unless the minutes are published
     */
    @Transactional
    public MeetingView correct(UUID partnershipId, UUID meetingId, long expectedVersion, MinutesCorrection input) {
        return move(
                partnershipId,
                meetingId,
                expectedVersion,
                MinutesStatus.PUBLISHED,
                MinutesStatus.DRAFT,
                meeting -> meeting.minutesCorrectionReason = input.reason().strip());
    }

    /**
     * A member comments on an item's draft minutes while they are out for comments.
     *
     * @throws ProblemException {@code invalid-state-transition} outside the comment period
     */
    @Transactional
    public CommentView comment(UUID partnershipId, UUID meetingId, CommentInput input) {
        // Members and administrators comment; observers and integrations read only what is published.
        UUID me = access.membership(partnershipId)
                .requireInsider("Only members comment on minutes.")
                .personId();
        Meeting meeting = requireMeeting(partnershipId, meetingId);
        if (meeting.minutesStatus != MinutesStatus.IN_COMMENT
                || LocalDate.now(clock).isAfter(meeting.minutesCommentDeadline)) {
            throw new ProblemException(
                    ProblemKey.INVALID_STATE_TRANSITION,
                    "The minutes are not out for comments"
                            + (meeting.minutesCommentDeadline == null
                                    ? "."
                                    : " (the comment period ended " + meeting.minutesCommentDeadline + ")."));
        }
        AgendaItem item = items.findIn(meetingId, input.agendaItemId())
                .orElseThrow(() -> ProblemException.invalid(
                        List.of(new Violation("agendaItemId", "body", "must be an item on this meeting's agenda"))));
        MinutesComment comment = new MinutesComment();
        comment.id = UUID.randomUUID();
        comment.meetingId = meetingId;
        comment.agendaItemId = item.id;
        comment.personId = me;
        comment.text = input.text().strip();
        comment.createdAt = clock.instant();
        comments.persist(comment);
        CommentView view = view(comment, people.names(List.of(me)));
        audit.record(
                Audience.MEMBERS,
                partnershipId,
                "MINUTES_COMMENT",
                comment.id,
                AuditAction.CREATED,
                item.title,
                null,
                view);
        return view;
    }

    /** Comments are not paged: they are bounded by a meeting's agenda and comment period. */
    @Transactional
    public List<CommentView> comments(UUID partnershipId, UUID meetingId) {
        access.membership(partnershipId).requireInsider("Comments on draft minutes are for the partnership's members.");
        requireMeeting(partnershipId, meetingId);
        List<MinutesComment> list = comments.ofMeeting(meetingId);
        Map<UUID, String> names = people.names(list.stream()
                .flatMap(c -> java.util.stream.Stream.of(c.personId, c.handledBy))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        return list.stream().map(c -> view(c, names)).toList();
    }

    /**
     * Marks a comment handled, or not handled any more, while the comments can still be worked in:
     * while the minutes are out for comments or taken back from them. Marking it as it already is
     * changes nothing.
     *
     * @throws ProblemException {@code invalid-state-transition} otherwise
     */
    @Transactional
    public CommentView markHandled(UUID partnershipId, UUID meetingId, UUID commentId, boolean handled) {
        UUID me = access.requireEditor(partnershipId).personId();
        Meeting meeting = requireMeeting(partnershipId, meetingId);
        MinutesComment comment = comments.findIn(meetingId, commentId)
                .orElseThrow(() -> ProblemException.notFound("No comment with this id on this meeting's minutes."));
        boolean workedIn = meeting.minutesStatus == MinutesStatus.IN_COMMENT
                || (meeting.minutesStatus == MinutesStatus.DRAFT && meeting.minutesRevisedAt != null);
        if (!workedIn) {
            throw new ProblemException(
                    ProblemKey.INVALID_STATE_TRANSITION,
                    "The minutes are " + meeting.minutesStatus
                            + "; comments are marked handled while the minutes are out for comments or taken back"
                            + " to work them in.");
        }
        if (handled != (comment.handledAt != null)) {
            CommentView before = view(comment);
            comment.handledAt = handled ? clock.instant() : null;
            comment.handledBy = handled ? me : null;
            comments.flush();
            String title = items.findIn(meetingId, comment.agendaItemId)
                    .map(item -> item.title)
                    .orElse(meeting.title);
            audit.record(
                    Audience.MEMBERS,
                    partnershipId,
                    "MINUTES_COMMENT",
                    comment.id,
                    AuditAction.UPDATED,
                    title,
                    handledFields(before),
                    handledFields(view(comment)));
        }
        return view(comment);
    }

    private static Map<String, Object> handledFields(CommentView view) {
        Map<String, Object> fields = new java.util.HashMap<>();
        fields.put("handledAt", view.handledAt());
        fields.put(
                "handledBy", view.handledBy() == null ? null : view.handledBy().name());
        return fields;
    }

    private CommentView view(MinutesComment c) {
        List<UUID> ids = c.handledBy == null ? List.of(c.personId) : List.of(c.personId, c.handledBy);
        Map<UUID, String> names = people.names(ids);
        return view(c, names);
    }

    private CommentView view(MinutesComment c, Map<UUID, String> names) {
        return new CommentView(
                c.id,
                c.agendaItemId,
                new PersonRef(c.personId, names.get(c.personId)),
                c.text,
                c.createdAt.atZone(clock.getZone()).toOffsetDateTime(),
                c.handledAt == null ? null : c.handledAt.atZone(clock.getZone()).toOffsetDateTime(),
                c.handledBy == null ? null : new PersonRef(c.handledBy, names.get(c.handledBy)));
    }

    private MeetingView move(
            UUID partnershipId,
            UUID meetingId,
            long expectedVersion,
            MinutesStatus from,
            MinutesStatus to,
            java.util.function.Consumer<Meeting> change) {
        access.requireEditor(partnershipId);
        Meeting meeting = requireMeeting(partnershipId, meetingId);
        Preconditions.requireVersion(expectedVersion, meeting.version);
        if (meeting.minutesStatus != from) {
            throw new ProblemException(
                    ProblemKey.INVALID_STATE_TRANSITION,
                    "The minutes are " + meeting.minutesStatus + "; only " + from + " minutes can become " + to + ".");
        }
        MinutesStatus before = meeting.minutesStatus;
        meeting.minutesStatus = to;
        meeting.touch();
        change.accept(meeting);
        meetings.flush();
        audit.record(
                partnershipId,
                MeetingService.ENTITY,
                meetingId,
                AuditAction.UPDATED,
                meeting.title,
                Map.of("minutesStatus", before),
                Map.of("minutesStatus", to));
        return meetingService.get(partnershipId, meetingId);
    }

    private Meeting requireMeeting(UUID partnershipId, UUID meetingId) {
        return meetings.findIn(partnershipId, meetingId)
                .orElseThrow(() -> ProblemException.notFound("No meeting with this id in this partnership."));
    }
}
