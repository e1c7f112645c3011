package dk.partnerskab.meeting.agenda;

import dk.partnerskab.audit.Audience;
import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.persistence.SoftDeletes;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.RichText;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.meeting.Meeting;
import dk.partnerskab.meeting.MeetingRepository;
import dk.partnerskab.meeting.MeetingService;
import dk.partnerskab.meeting.MeetingStatus;
import dk.partnerskab.meeting.dto.AgendaItemInput;
import dk.partnerskab.meeting.dto.AgendaItemView;
import dk.partnerskab.meeting.dto.AgendaOrder;
import dk.partnerskab.meeting.minutes.DecisionRepository;
import dk.partnerskab.meeting.minutes.DecisionService;
import dk.partnerskab.meeting.minutes.FollowUpRepository;
import dk.partnerskab.meeting.minutes.FollowUpService;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.dto.FocusAreaRef;
import dk.partnerskab.partnership.focusareas.FocusAreaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A meeting's agenda items: add, change, delete, restore, reorder, start from the standard template. */
@ApplicationScoped
public class AgendaService {

    public static final String ENTITY = "AGENDA_ITEM";
    /** An agenda is read in one piece, so it is kept to a size a meeting can get through. */
    static final int MAX_ITEMS = 50;

    /** The standard items of a partnership meeting, in Danish as the agenda is. */
    static final List<AgendaItemInput> TEMPLATE = List.of(
            new AgendaItemInput("Godkendelse af dagsorden", null, AgendaItemKind.DECISION, "Formanden", 5, null),
            new AgendaItemInput(
                    "Godkendelse af referat fra sidste møde", null, AgendaItemKind.DECISION, "Sekretariatet", 5, null),
            new AgendaItemInput(
                    "Nyt fra parterne",
                    "<p>Kort orientering fra kommunerne og politiet.</p>",
                    AgendaItemKind.INFORMATION,
                    null,
                    20,
                    null),
            new AgendaItemInput(
                    "Status på indsatsområder, mål og indikatorer",
                    null,
                    AgendaItemKind.DISCUSSION,
                    "Sekretariatet",
                    30,
                    null),
            new AgendaItemInput(
                    "Opfølgningspunkter fra sidste møde", null, AgendaItemKind.DISCUSSION, "Sekretariatet", 15, null),
            new AgendaItemInput("Næste møde", null, AgendaItemKind.INFORMATION, "Formanden", 5, null),
            new AgendaItemInput("Eventuelt", null, AgendaItemKind.INFORMATION, null, 5, null));

    private final AgendaItemRepository items;
    private final MeetingRepository meetings;
    private final FocusAreaService focusAreaService;
    private final DecisionRepository decisions;
    private final FollowUpRepository followUps;
    private final FollowUpService followUpViews;
    private final AgendaAttachmentService attachments;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final SoftDeletes softDeletes;

    public AgendaService(
            AgendaItemRepository items,
            MeetingRepository meetings,
            FocusAreaService focusAreaService,
            DecisionRepository decisions,
            FollowUpRepository followUps,
            FollowUpService followUpViews,
            AgendaAttachmentService attachments,
            PartnershipAccess access,
            AuditTrail audit,
            SoftDeletes softDeletes) {
        this.items = items;
        this.meetings = meetings;
        this.focusAreaService = focusAreaService;
        this.decisions = decisions;
        this.followUps = followUps;
        this.followUpViews = followUpViews;
        this.attachments = attachments;
        this.access = access;
        this.audit = audit;
        this.softDeletes = softDeletes;
    }

    @Transactional
    public AgendaItemView add(UUID partnershipId, UUID meetingId, AgendaItemInput input) {
        return add(partnershipId, meetingId, input, null, null);
    }

    /** Adds an item that takes up a follow-up item or carries over an item of an earlier meeting. */
    @Transactional
    AgendaItemView add(
            UUID partnershipId, UUID meetingId, AgendaItemInput input, UUID followUpId, UUID carriedOverFrom) {
        access.requireEditor(partnershipId);
        Meeting meeting = requireOpenMeeting(partnershipId, meetingId);
        requireRoom(meetingId, 1);
        AgendaItem item = newItem(meeting, items.nextPosition(meetingId));
        apply(partnershipId, item, input);
        item.followUpId = followUpId;
        item.carriedOverFrom = carriedOverFrom;
        items.persist(item);
        items.flush();
        AgendaItemView view = viewOf(partnershipId, item);
        audit.record(audienceOf(meeting), partnershipId, ENTITY, item.id, AuditAction.CREATED, item.title, null, view);
        return view;
    }

    /** Appends the standard items of a partnership meeting. */
    @Transactional
    public List<AgendaItemView> addTemplate(UUID partnershipId, UUID meetingId) {
        access.requireEditor(partnershipId);
        Meeting meeting = requireOpenMeeting(partnershipId, meetingId);
        requireRoom(meetingId, TEMPLATE.size());
        int position = items.nextPosition(meetingId);
        Set<UUID> added = new HashSet<>();
        for (AgendaItemInput input : TEMPLATE) {
            AgendaItem item = newItem(meeting, position++);
            apply(partnershipId, item, input);
            items.persist(item);
            added.add(item.id);
        }
        return agendaRecordingAdded(partnershipId, meeting, added);
    }

    /**
     * Appends the items of the previous meeting's agenda (titles, kinds, presenters, durations, focus
     * areas still in use and backgrounds; not what was minuted, decided or attached), as a start for
     * a meeting that follows the same pattern.
     *
     * @throws ProblemException {@code invalid-state-transition} once the meeting is held or cancelled,
     *         or when no earlier meeting of the same partnership or working group has an agenda
     */
    @Transactional
    public List<AgendaItemView> copyPrevious(UUID partnershipId, UUID meetingId) {
        access.requireEditor(partnershipId);
        Meeting meeting = requireOpenMeeting(partnershipId, meetingId);
        Meeting previous = meetings.previousWithAgenda(partnershipId, meeting.workingGroupId, meeting.startsAt)
                .orElseThrow(() -> new ProblemException(
                        ProblemKey.INVALID_STATE_TRANSITION,
                        "No earlier meeting that was not cancelled has an agenda to copy."));
        List<AgendaItem> source = items.livingOf(previous.id);
        requireRoom(meetingId, source.size());
        Set<UUID> livingAreas = focusAreaService
                .livingRefs(
                        partnershipId, source.stream().map(i -> i.focusAreaId).toList())
                .keySet();
        int position = items.nextPosition(meetingId);
        Set<UUID> added = new HashSet<>();
        for (AgendaItem from : source) {
            AgendaItem item = newItem(meeting, position++);
            item.title = from.title;
            item.background = from.background;
            item.kind = from.kind;
            item.presenter = from.presenter;
            item.durationMinutes = from.durationMinutes;
            item.focusAreaId = livingAreas.contains(from.focusAreaId) ? from.focusAreaId : null;
            items.persist(item);
            added.add(item.id);
        }
        return agendaRecordingAdded(partnershipId, meeting, added);
    }

    /** The agenda after items were appended, each appended item recorded in the history. */
    private List<AgendaItemView> agendaRecordingAdded(UUID partnershipId, Meeting meeting, Set<UUID> added) {
        items.flush();
        List<AgendaItemView> agenda = itemsOf(partnershipId, meeting.id);
        agenda.stream()
                .filter(view -> added.contains(view.id()))
                .forEach(view -> audit.record(
                        audienceOf(meeting),
                        partnershipId,
                        ENTITY,
                        view.id(),
                        AuditAction.CREATED,
                        view.title(),
                        null,
                        view));
        return agenda;
    }

    @Transactional
    public AgendaItemView update(
            UUID partnershipId, UUID meetingId, UUID id, long expectedVersion, AgendaItemInput input) {
        access.requireEditor(partnershipId);
        Meeting meeting = requireOpenMeeting(partnershipId, meetingId);
        AgendaItem item = require(meetingId, id);
        Preconditions.requireVersion(expectedVersion, item.version);
        AgendaItemView before = forHistory(partnershipId, item);
        apply(partnershipId, item, input);
        item.changedAfterPublish = meeting.status == MeetingStatus.AGENDA_PUBLISHED;
        item.touch();
        items.flush();
        audit.record(
                audienceOf(meeting),
                partnershipId,
                ENTITY,
                id,
                AuditAction.UPDATED,
                item.title,
                before,
                forHistory(partnershipId, item));
        AgendaItemView after = viewOf(partnershipId, item);
        return after;
    }

    /** Deletes softly: the secretariat can restore it from the history while the meeting is open. */
    @Transactional
    public void delete(UUID partnershipId, UUID meetingId, UUID id, long expectedVersion) {
        access.requireEditor(partnershipId);
        Meeting meeting = requireOpenMeeting(partnershipId, meetingId);
        AgendaItem item = require(meetingId, id);
        Preconditions.requireVersion(expectedVersion, item.version);
        AgendaItemView before = forHistory(partnershipId, item);
        item.softDelete();
        audit.record(audienceOf(meeting), partnershipId, ENTITY, id, AuditAction.DELETED, item.title, before, null);
    }

    /** Brings a deleted item back, last on the agenda. */
    @Transactional
    public AgendaItemView restore(UUID partnershipId, UUID meetingId, UUID id) {
        access.requireEditor(partnershipId);
        Meeting meeting = requireOpenMeeting(partnershipId, meetingId);
        if (softDeletes
                .deletedValue(AgendaItem.class, id, "meeting_id", meetingId, "id")
                .isEmpty()) {
            throw ProblemException.notFound("No deleted agenda item with this id on this meeting.");
        }
        requireRoom(meetingId, 1);
        softDeletes.restore(
                AgendaItem.class, id, "meeting_id", meetingId, Map.of("position", items.nextPosition(meetingId)));
        AgendaItem item = require(meetingId, id);
        AgendaItemView view = viewOf(partnershipId, item);
        audit.record(
                audienceOf(meeting),
                partnershipId,
                ENTITY,
                id,
                AuditAction.RESTORED,
                item.title,
                null,
                forHistory(partnershipId, item));
        return view;
    }

    /**
     * Puts the items in the given order. The order belongs to the meeting, so the change is checked
     * against and moves the meeting's version.
     */
    @Transactional
    public Reordered reorder(UUID partnershipId, UUID meetingId, long expectedVersion, AgendaOrder order) {
        access.requireEditor(partnershipId);
        Meeting meeting = requireOpenMeeting(partnershipId, meetingId);
        Preconditions.requireVersion(expectedVersion, meeting.version);
        List<AgendaItem> living = items.livingOf(meetingId);
        if (order.ids().size() != living.size()
                || !new HashSet<>(order.ids())
                        .equals(living.stream().map(i -> i.id).collect(Collectors.toSet()))) {
            throw ProblemException.invalid(List.of(new Violation(
                    "ids", "body", "must list each of the agenda's current items once; reload and try again")));
        }
        List<String> before = living.stream().map(i -> i.title).toList();
        boolean published = meeting.status == MeetingStatus.AGENDA_PUBLISHED;
        for (AgendaItem item : living) {
            int position = order.ids().indexOf(item.id) + 1;
            if (position != item.position) {
                item.position = position;
                item.changedAfterPublish |= published;
                item.touch();
            }
        }
        meeting.touch();
        items.flush();
        List<AgendaItemView> after = itemsOf(partnershipId, meetingId);
        audit.record(
                audienceOf(meeting),
                partnershipId,
                MeetingService.ENTITY,
                meetingId,
                AuditAction.UPDATED,
                meeting.title,
                Map.of("agenda", before),
                Map.of("agenda", after.stream().map(AgendaItemView::title).toList()));
        return new Reordered(after, meeting.version);
    }

    /** Where an agenda item stands: on which meeting, and whether that meeting's agenda is published. */
    public record Place(UUID itemId, UUID meetingId, String meetingTitle, boolean agendaPublished) {}

    /** The meetings the given agenda items (deleted ones too) stand on, in one query. */
    @Transactional
    public Map<UUID, Place> places(java.util.Collection<UUID> itemIds) {
        Map<UUID, Place> places = new java.util.HashMap<>();
        if (!itemIds.isEmpty()) {
            items.places(itemIds).forEach(place -> places.put(place.itemId(), place));
        }
        return places;
    }

    /** The agenda items in their new order and the meeting's version after the change. */
    public record Reordered(List<AgendaItemView> items, long meetingVersion) {}

    /**
     * An item as its agenda entries in the history keep it: without its minutes, decisions and
     * follow-up items, which may be written on the meeting's day while the agenda still changes and
     * are the members' until the minutes are published (their own entries say so).
     */
    private AgendaItemView forHistory(UUID partnershipId, AgendaItem item) {
        return itemsOf(partnershipId, List.of(item), false, false).get(0);
    }

    /** Changes to an agenda are the secretariat's drafts until the agenda is published. */
    public static Audience audienceOf(Meeting meeting) {
        return meeting.agendaPublishedAt == null ? Audience.EDITORS : Audience.EVERYONE;
    }

    public long countItems(UUID meetingId) {
        return items.countLiving(meetingId);
    }

    public void clearChangeMarks(UUID meetingId) {
        items.update("changedAfterPublish = false where meetingId = ?1 and changedAfterPublish = true", meetingId);
    }

    /** The agenda in order, with its focus areas, decisions and follow-up items read in one query each. */
    public List<AgendaItemView> itemsOf(UUID partnershipId, UUID meetingId) {
        return itemsOf(partnershipId, items.livingOf(meetingId), true, true);
    }

    /**
     * The agenda in order; without its minutes, decisions and follow-up items (not even read) when
     * {@code withMinutes} is false.
     */
    public List<AgendaItemView> itemsOf(UUID partnershipId, UUID meetingId, boolean withMinutes) {
        return itemsOf(partnershipId, items.livingOf(meetingId), true, withMinutes);
    }

    /** One item, numbered by its place on the whole agenda. */
    public AgendaItemView viewOf(UUID partnershipId, AgendaItem item) {
        return itemsOf(partnershipId, List.of(item), false, true).get(0);
    }

    private List<AgendaItemView> itemsOf(
            UUID partnershipId, List<AgendaItem> agenda, boolean wholeAgenda, boolean withMinutes) {
        List<UUID> areaIds = agenda.stream()
                .map(i -> i.focusAreaId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<UUID, FocusAreaRef> areas = focusAreaService.livingRefs(partnershipId, areaIds);
        List<UUID> itemIds = agenda.stream().map(i -> i.id).toList();
        List<UUID> minutedIds = withMinutes ? itemIds : List.of();
        Map<UUID, List<dk.partnerskab.meeting.dto.DecisionView>> decided = minutedIds.isEmpty()
                ? Map.of()
                : decisions.list("agendaItemId in ?1 order by createdAt, id", minutedIds).stream()
                        .collect(Collectors.groupingBy(
                                d -> d.agendaItemId, Collectors.mapping(DecisionService::view, Collectors.toList())));
        Map<UUID, List<dk.partnerskab.meeting.dto.FollowUpView>> toFollowUp = minutedIds.isEmpty()
                ? Map.of()
                : followUpViews.views(followUps.list("agendaItemId in ?1 order by createdAt, id", minutedIds)).stream()
                        .collect(Collectors.groupingBy(dk.partnerskab.meeting.dto.FollowUpView::agendaItemId));
        Map<UUID, List<dk.partnerskab.meeting.dto.AttachmentView>> files = attachments.byItem(itemIds);
        List<AgendaItem> ordered = agenda.stream()
                .sorted(java.util.Comparator.comparingInt((AgendaItem i) -> i.position)
                        .thenComparing(i -> i.id))
                .toList();
        List<AgendaItemView> views = new java.util.ArrayList<>();
        for (AgendaItem item : ordered) {
            FocusAreaRef area = item.focusAreaId == null ? null : areas.get(item.focusAreaId);
            views.add(new AgendaItemView(
                    item.id,
                    wholeAgenda ? number(item, agenda) : numberOnAgenda(item),
                    item.title,
                    item.background,
                    item.kind,
                    item.presenter,
                    item.durationMinutes,
                    area,
                    item.changedAfterPublish,
                    withMinutes ? item.minutes : null,
                    decided.getOrDefault(item.id, List.of()),
                    toFollowUp.getOrDefault(item.id, List.of()),
                    files.getOrDefault(item.id, List.of()),
                    item.version));
        }
        return views;
    }

    /** Numbers follow positions among the living items, so they stay 1, 2, 3 … after a delete. */
    private static int number(AgendaItem item, List<AgendaItem> agenda) {
        return (int) agenda.stream()
                .filter(i ->
                        i.position < item.position || (i.position == item.position && i.id.compareTo(item.id) <= 0))
                .count();
    }

    private int numberOnAgenda(AgendaItem item) {
        return (int) items.count(
                "meetingId = ?1 and (position < ?2 or (position = ?2 and id <= ?3))",
                item.meetingId,
                item.position,
                item.id);
    }

    private Meeting requireOpenMeeting(UUID partnershipId, UUID meetingId) {
        Meeting meeting = meetings.findIn(partnershipId, meetingId)
                .orElseThrow(() -> ProblemException.notFound("No meeting with this id in this partnership."));
        MeetingService.requireOpen(meeting);
        return meeting;
    }

    private void requireRoom(UUID meetingId, int more) {
        if (items.countLiving(meetingId) + more > MAX_ITEMS) {
            throw ProblemException.invalid(
                    List.of(new Violation("agenda", "body", "an agenda holds at most " + MAX_ITEMS + " items")));
        }
    }

    private AgendaItem require(UUID meetingId, UUID id) {
        return items.findIn(meetingId, id)
                .orElseThrow(() -> ProblemException.notFound("No agenda item with this id on this meeting."));
    }

    private AgendaItem newItem(Meeting meeting, int position) {
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.meetingId = meeting.id;
        item.position = position;
        item.changedAfterPublish = meeting.status == MeetingStatus.AGENDA_PUBLISHED;
        item.touch();
        return item;
    }

    private void apply(UUID partnershipId, AgendaItem item, AgendaItemInput input) {
        if (input.focusAreaId() != null) {
            focusAreaService.requireIn(partnershipId, input.focusAreaId(), "focusAreaId");
        }
        item.title = input.title().strip();
        item.background = RichText.sanitise(input.background());
        item.kind = input.kind();
        item.presenter = Text.blankToNull(input.presenter());
        item.durationMinutes = input.durationMinutes();
        item.focusAreaId = input.focusAreaId();
    }
}
