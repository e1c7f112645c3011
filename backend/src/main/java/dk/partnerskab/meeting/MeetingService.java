package dk.partnerskab.meeting;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.meeting.agenda.AgendaService;
import dk.partnerskab.meeting.attendance.AttendanceService;
import dk.partnerskab.meeting.dto.AgendaItemView;
import dk.partnerskab.meeting.dto.MeetingCancellation;
import dk.partnerskab.meeting.dto.MeetingInput;
import dk.partnerskab.meeting.dto.MeetingPage;
import dk.partnerskab.meeting.dto.MeetingSeriesInput;
import dk.partnerskab.meeting.dto.MeetingSummary;
import dk.partnerskab.meeting.dto.MeetingView;
import dk.partnerskab.meeting.dto.MeetingYear;
import dk.partnerskab.meeting.dto.MinutesState;
import dk.partnerskab.meeting.minutes.MinutesStatus;
import dk.partnerskab.notification.Notifications;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.PartnershipService;
import dk.partnerskab.workinggroup.WorkingGroupService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Planning a partnership's meetings: create, a year's series, move, publish the agenda, hold, cancel. */
@ApplicationScoped
public class MeetingService {

    public static final String ENTITY = "MEETING";
    public static final Set<String> SORTS = Set.of("startsAt");

    private final MeetingRepository meetings;
    private final AgendaService agenda;
    private final AttendanceService invitations;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final WorkingGroupService workingGroups;
    private final PartnershipService partnerships;
    private final Clock clock;

    public MeetingService(
            MeetingRepository meetings,
            AgendaService agenda,
            AttendanceService invitations,
            PartnershipAccess access,
            AuditTrail audit,
            Notifications notifications,
            WorkingGroupService workingGroups,
            PartnershipService partnerships,
            Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.invitations = invitations;
        this.access = access;
        this.audit = audit;
        this.notifications = notifications;
        this.workingGroups = workingGroups;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    @Transactional
    public MeetingPage list(UUID partnershipId, MeetingFilter filter, PageRequest page) {
        access.membership(partnershipId);
        long total = meetings.count(partnershipId, filter);
        List<MeetingSummary> items = total == 0
                ? List.of()
                : meetings.page(partnershipId, filter, page).stream()
                        .map(m -> MeetingSummary.of(m, zone()))
                        .toList();
        return page.envelope(items, total, MeetingPage::new);
    }

    @Transactional
    public MeetingView get(UUID partnershipId, UUID id) {
        Membership viewer = access.membership(partnershipId);
        return view(require(partnershipId, id), viewer);
    }

    /** A meeting as a calendar shows it. */
    public record Scheduled(
            UUID id,
            UUID partnershipId,
            String title,
            java.time.Instant startsAt,
            int durationMinutes,
            String place,
            String onlineUrl,
            MeetingStatus status,
            long version) {}

    /** The meetings of the given partnerships from {@code from} on, latest first, at most {@code max}. */
    @Transactional
    public List<Scheduled> scheduled(java.util.Collection<UUID> partnershipIds, java.time.Instant from, int max) {
        if (partnershipIds.isEmpty()) {
            return List.of();
        }
        return meetings
                .find(
                        "partnershipId in ?1 and startsAt >= ?2 order by startsAt desc, id",
                        Set.copyOf(partnershipIds),
                        from)
                .page(0, max)
                .list()
                .stream()
                .map(m -> new Scheduled(
                        m.id,
                        m.partnershipId,
                        m.title,
                        m.startsAt,
                        m.durationMinutes,
                        m.place,
                        m.onlineUrl,
                        m.status,
                        m.version))
                .toList();
    }

    /**
     * Each calendar year from last year to next year, and any other year with meetings, against
     * the agreement's minimum: the partnership page warns about the years below it.
     */
    @Transactional
    public List<MeetingYear> years(UUID partnershipId) {
        access.membership(partnershipId);
        int minimum = partnerships.minMeetingsPerYear(partnershipId);
        int thisYear = LocalDate.now(clock).getYear();
        Map<Integer, long[]> counts = new LinkedHashMap<>();
        for (int year = thisYear - 1; year <= thisYear + 1; year++) {
            counts.put(year, new long[2]);
        }
        for (MeetingRepository.YearCount row : meetings.countsPerYear(
                partnershipId,
                zone().getId(),
                LocalDate.of(1900, 1, 1).atStartOfDay(zone()).toInstant(),
                LocalDate.of(2200, 1, 1).atStartOfDay(zone()).toInstant())) {
            counts.put(row.year(), new long[] {row.planned(), row.held()});
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new MeetingYear(
                        e.getKey(), e.getValue()[0], e.getValue()[1], minimum, e.getValue()[0] < minimum))
                .toList();
    }

    @Transactional
    public MeetingView create(UUID partnershipId, MeetingInput input) {
        access.requireEditor(partnershipId);
        Meeting meeting = newMeeting(partnershipId);
        apply(meeting, input);
        meetings.persist(meeting);
        meetings.flush();
        MeetingView view = view(meeting, access.membership(partnershipId));
        audit.record(partnershipId, ENTITY, meeting.id, AuditAction.CREATED, meeting.title, null, auditFields(meeting));
        return view;
    }

    /**
     * Plans {@code count} meetings: the first on {@code firstDate}, each next one {@code monthsBetween}
     * months later, moved forward to the first meeting's weekday so that a Tuesday series stays on
     * Tuesdays. A week (Monday to Sunday) that already has a meeting of the partnership that is not
     * cancelled gets no second one: planning the year again, or after a few meetings were planned
     * one by one, makes no duplicates.
     */
    @Transactional
    public List<MeetingSummary> createSeries(UUID partnershipId, MeetingSeriesInput input) {
        access.requireEditor(partnershipId);
        int count = input.count() == null ? 4 : input.count();
        int monthsBetween = input.monthsBetween() == null ? 3 : input.monthsBetween();
        DayOfWeek weekday = input.firstDate().getDayOfWeek();
        List<MeetingSummary> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate date = input.firstDate().plusMonths((long) i * monthsBetween);
            if (i > 0) {
                date = date.with(TemporalAdjusters.nextOrSame(weekday));
            }
            LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (meetings.partnershipMeetingBetween(
                    partnershipId,
                    monday.atStartOfDay(zone()).toInstant(),
                    monday.plusWeeks(1).atStartOfDay(zone()).toInstant())) {
                continue;
            }
            Meeting meeting = newMeeting(partnershipId);
            int quarter = (date.getMonthValue() - 1) / 3 + 1;
            meeting.title = input.title().strip() + " – " + quarter + ". kvartal " + date.getYear();
            meeting.startsAt = date.atTime(input.startTime()).atZone(zone()).toInstant();
            meeting.durationMinutes = input.durationMinutes();
            meeting.place = Text.blankToNull(input.place());
            meeting.onlineUrl = Text.blankToNull(input.onlineUrl());
            meetings.persist(meeting);
            created.add(MeetingSummary.of(meeting, zone()));
            audit.record(
                    partnershipId, ENTITY, meeting.id, AuditAction.CREATED, meeting.title, null, auditFields(meeting));
        }
        meetings.flush();
        return created;
    }

    /**
     * Changes title, time or place; moving a meeting is changing its start.
     *
     * @throws ProblemException {@code invalid-state-transition} once it is held or cancelled
     */
    @Transactional
    public MeetingView update(UUID partnershipId, UUID id, long expectedVersion, MeetingInput input) {
        access.requireEditor(partnershipId);
        Meeting meeting = requireOpen(partnershipId, id, expectedVersion);
        Map<String, Object> before = auditFields(meeting);
        apply(meeting, input);
        meeting.touch();
        meetings.flush();
        audit.record(partnershipId, ENTITY, id, AuditAction.UPDATED, meeting.title, before, auditFields(meeting));
        return view(meeting, access.membership(partnershipId));
    }

    @Transactional
    public MeetingView cancel(UUID partnershipId, UUID id, long expectedVersion, MeetingCancellation input) {
        return move(
                partnershipId,
                id,
                expectedVersion,
                MeetingStatus.CANCELLED,
                meeting -> meeting.cancellationReason = input == null ? null : Text.blankToNull(input.reason()));
    }

    /**
     * Publishes the agenda and invites the members; later changes to items are marked as such.
     *
     * @throws ProblemException {@code invalid-state-transition} when the agenda has no items
     */
    @Transactional
    public MeetingView publishAgenda(UUID partnershipId, UUID id, long expectedVersion) {
        return move(partnershipId, id, expectedVersion, MeetingStatus.AGENDA_PUBLISHED, meeting -> {
            if (agenda.countItems(meeting.id) == 0) {
                throw new ProblemException(
                        ProblemKey.INVALID_STATE_TRANSITION,
                        "The agenda has no items yet. Add at least one item before publishing it.");
            }
            meeting.agendaPublishedAt = clock.instant();
            agenda.clearChangeMarks(meeting.id);
            invitations.invite(meeting, meeting.agendaPublishedAt);
            notifications.agendaPublished(invitations.notice(meeting), agenda.itemsOf(partnershipId, meeting.id));
        });
    }

    /**
     * Records that the meeting took place, which opens its minutes.
     *
     * @throws ProblemException {@code invalid-state-transition} before the day of the meeting
     */
    @Transactional
    public MeetingView markHeld(UUID partnershipId, UUID id, long expectedVersion) {
        return move(partnershipId, id, expectedVersion, MeetingStatus.HELD, meeting -> {
            LocalDate day = meeting.startsAt.atZone(zone()).toLocalDate();
            if (LocalDate.now(clock).isBefore(day)) {
                throw new ProblemException(
                        ProblemKey.INVALID_STATE_TRANSITION,
                        "The meeting is on " + day + "; it can be marked as held from that day.");
            }
        });
    }

    private MeetingView move(
            UUID partnershipId,
            UUID id,
            long expectedVersion,
            MeetingStatus target,
            java.util.function.Consumer<Meeting> change) {
        access.requireEditor(partnershipId);
        Meeting meeting = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, meeting.version);
        if (!meeting.status.next().contains(target)) {
            throw new ProblemException(
                    ProblemKey.INVALID_STATE_TRANSITION,
                    "A meeting in status " + meeting.status + " cannot move to " + target + "; allowed: "
                            + meeting.status.next() + ".");
        }
        Map<String, Object> before = auditFields(meeting);
        // Changed before the move's own statements run: a bulk update flushes the meeting, and
        // flushing it twice would count as two versions.
        meeting.status = target;
        meeting.touch();
        change.accept(meeting);
        meetings.flush();
        audit.record(partnershipId, ENTITY, id, AuditAction.UPDATED, meeting.title, before, auditFields(meeting));
        return view(meeting, access.membership(partnershipId));
    }

    /**
     * The meeting, when its agenda may still change.
     *
     * @throws ProblemException {@code not-found}, {@code version-mismatch}, or
     *         {@code invalid-state-transition} once it is held or cancelled
     */
    public Meeting requireOpen(UUID partnershipId, UUID id, long expectedVersion) {
        Meeting meeting = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, meeting.version);
        requireOpen(meeting);
        return meeting;
    }

    public static void requireOpen(Meeting meeting) {
        if (!meeting.status.isOpen()) {
            throw new ProblemException(
                    ProblemKey.INVALID_STATE_TRANSITION,
                    "The meeting is " + meeting.status + "; its time, place and agenda can no longer change.");
        }
    }

    public Meeting require(UUID partnershipId, UUID id) {
        return meetings.findIn(partnershipId, id)
                .orElseThrow(() -> ProblemException.notFound("No meeting with this id in this partnership."));
    }

    private Meeting newMeeting(UUID partnershipId) {
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.partnershipId = partnershipId;
        meeting.status = MeetingStatus.PLANNED;
        return meeting;
    }

    private void apply(Meeting meeting, MeetingInput input) {
        meeting.title = input.title().strip();
        meeting.startsAt = input.startsAt().toInstant();
        meeting.durationMinutes = input.durationMinutes();
        meeting.place = Text.blankToNull(input.place());
        meeting.onlineUrl = Text.blankToNull(input.onlineUrl());
        if (input.workingGroupId() != null && !input.workingGroupId().equals(meeting.workingGroupId)) {
            workingGroups
                    .whyNotIn(meeting.partnershipId, input.workingGroupId(), true)
                    .ifPresent(message -> {
                        throw invalid("workingGroupId", message);
                    });
        }
        meeting.workingGroupId = input.workingGroupId();
    }

    /** The group whose meeting it is, unless it is one the viewer may not see yet. */
    private MeetingView.WorkingGroupRef workingGroup(UUID id, Membership viewer) {
        if (id == null) {
            return null;
        }
        String name = workingGroups.visibleNames(viewer, List.of(id)).get(id);
        return name == null ? null : new MeetingView.WorkingGroupRef(id, name);
    }

    /**
     * The meeting as {@code viewer} may see it: the agenda is the secretariat's draft until it is
     * published, and draft minutes are the members' (see {@link Membership#seesMinutes}); what the
     * viewer may not see is not read at all.
     */
    private MeetingView view(Meeting m, Membership viewer) {
        boolean agendaVisible = m.agendaPublishedAt != null || viewer.seesDraftAgendas();
        boolean minutesVisible = viewer.seesMinutes(m.minutesStatus == MinutesStatus.PUBLISHED);
        List<AgendaItemView> items = agendaVisible ? agenda.itemsOf(m.partnershipId, m.id, minutesVisible) : List.of();
        return new MeetingView(
                m.id,
                m.partnershipId,
                m.title,
                m.startsAt.atZone(zone()).toOffsetDateTime(),
                m.durationMinutes,
                m.place,
                m.onlineUrl,
                m.status,
                workingGroup(m.workingGroupId, viewer),
                m.cancellationReason,
                m.agendaPublishedAt == null
                        ? null
                        : m.agendaPublishedAt.atZone(zone()).toOffsetDateTime(),
                items,
                minutesState(m, viewer),
                viewer.editor(),
                m.version);
    }

    /** The minutes' state; why published minutes are being corrected is the members' until published again. */
    private MinutesState minutesState(Meeting m, Membership viewer) {
        return new MinutesState(
                m.minutesStatus,
                m.minutesCommentDeadline,
                m.minutesRevisedAt == null
                        ? null
                        : m.minutesRevisedAt.atZone(zone()).toOffsetDateTime(),
                m.minutesApprovedAt == null
                        ? null
                        : m.minutesApprovedAt.atZone(zone()).toOffsetDateTime(),
                m.minutesPublishedAt == null
                        ? null
                        : m.minutesPublishedAt.atZone(zone()).toOffsetDateTime(),
                m.minutesVersion,
                viewer.insider() ? m.minutesCorrectionReason : null);
    }

    private Map<String, Object> auditFields(Meeting m) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", m.title);
        fields.put("startsAt", m.startsAt.atZone(zone()).toOffsetDateTime().toString());
        fields.put("durationMinutes", m.durationMinutes);
        fields.put("place", m.place);
        fields.put("onlineUrl", m.onlineUrl);
        fields.put("status", m.status);
        fields.put("cancellationReason", m.cancellationReason);
        return fields;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    static ProblemException invalid(String field, String message) {
        return ProblemException.invalid(List.of(new Violation(field, "body", message)));
    }
}
