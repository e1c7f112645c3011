package dk.partnerskab.meeting.minutes;

import dk.partnerskab.audit.Audience;
import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.meeting.Meeting;
import dk.partnerskab.meeting.MeetingRepository;
import dk.partnerskab.meeting.agenda.AgendaItemRepository;
import dk.partnerskab.meeting.dto.DecisionEntry;
import dk.partnerskab.meeting.dto.DecisionInput;
import dk.partnerskab.meeting.dto.DecisionPage;
import dk.partnerskab.meeting.dto.DecisionView;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Decisions in the minutes, and the partnership's register of them. */
@ApplicationScoped
public class DecisionService {

    static final String ENTITY = "DECISION";
    public static final java.util.Set<String> SORTS = java.util.Set.of("meeting");

    private final DecisionRepository decisions;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public DecisionService(
            DecisionRepository decisions,
            MeetingRepository meetings,
            AgendaItemRepository items,
            PartnershipAccess access,
            AuditTrail audit,
            Clock clock) {
        this.decisions = decisions;
        this.meetings = meetings;
        this.items = items;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DecisionView add(UUID partnershipId, UUID meetingId, DecisionInput input) {
        access.requireEditor(partnershipId);
        MinutesRules.requireWritable(requireMeeting(partnershipId, meetingId), clock);
        UUID itemId = requireItem(meetingId, input.agendaItemId());
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.partnershipId = partnershipId;
        decision.meetingId = meetingId;
        decision.agendaItemId = itemId;
        decision.text = input.text().strip();
        decisions.persist(decision);
        decisions.flush();
        DecisionView view = view(decision);
        audit.record(
                Audience.MEMBERS,
                partnershipId,
                ENTITY,
                decision.id,
                AuditAction.CREATED,
                summary(decision),
                null,
                view);
        return view;
    }

    @Transactional
    public DecisionView update(UUID partnershipId, UUID meetingId, UUID id, long expectedVersion, DecisionInput input) {
        access.requireEditor(partnershipId);
        MinutesRules.requireWritable(requireMeeting(partnershipId, meetingId), clock);
        Decision decision = require(meetingId, id);
        Preconditions.requireVersion(expectedVersion, decision.version);
        DecisionView before = view(decision);
        decision.agendaItemId = requireItem(meetingId, input.agendaItemId());
        decision.text = input.text().strip();
        decision.touch();
        decisions.flush();
        DecisionView after = view(decision);
        audit.record(
                Audience.MEMBERS, partnershipId, ENTITY, id, AuditAction.UPDATED, summary(decision), before, after);
        return after;
    }

    @Transactional
    public void delete(UUID partnershipId, UUID meetingId, UUID id, long expectedVersion) {
        access.requireEditor(partnershipId);
        MinutesRules.requireWritable(requireMeeting(partnershipId, meetingId), clock);
        Decision decision = require(meetingId, id);
        Preconditions.requireVersion(expectedVersion, decision.version);
        DecisionView before = view(decision);
        decision.softDelete();
        audit.record(Audience.MEMBERS, partnershipId, ENTITY, id, AuditAction.DELETED, summary(decision), before, null);
    }

    /** Every decision of the partnership, newest meeting first, optionally only those containing {@code text}. */
    @Transactional
    public DecisionPage register(UUID partnershipId, String text, PageRequest page) {
        boolean withDrafts = access.membership(partnershipId).seesMinutes(false);
        long total = decisions.countRegister(partnershipId, text, withDrafts);
        List<DecisionEntry> entries = total == 0
                ? List.of()
                : decisions.register(partnershipId, text, withDrafts, page).stream()
                        .map(row -> new DecisionEntry(
                                row.id(),
                                row.text(),
                                row.meetingId(),
                                row.meetingTitle(),
                                row.startsAt().atZone(clock.getZone()).toOffsetDateTime(),
                                row.itemId(),
                                row.itemTitle()))
                        .toList();
        return page.envelope(entries, total, DecisionPage::new);
    }

    /**
     * The decisions of the partnership that {@code viewer} may not see yet: those in minutes not yet
     * published, unless the viewer sees draft minutes.
     */
    @Transactional
    public java.util.Set<UUID> hiddenFrom(Membership viewer) {
        return viewer.seesMinutes(false) ? java.util.Set.of() : decisions.inDraftMinutes(viewer.partnershipId());
    }

    /** A decision as what it set up refers to it: its text and the meeting it was made at. */
    public record Source(UUID id, String text, UUID meetingId, String meetingTitle) {}

    /** The given decisions with their meetings, in one query. */
    @Transactional
    public Map<UUID, Source> sources(java.util.Collection<UUID> ids) {
        Map<UUID, Source> sources = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            decisions
                    .getEntityManager()
                    .createQuery(
                            "select new dk.partnerskab.meeting.minutes.DecisionService$Source(d.id, d.text, m.id, m.title) "
                                    + "from Decision d join Meeting m on m.id = d.meetingId where d.id in :ids",
                            Source.class)
                    .setParameter("ids", java.util.Set.copyOf(ids))
                    .getResultList()
                    .forEach(s -> sources.put(s.id(), s));
        }
        return sources;
    }

    /** Whether the decision's minutes are published, so everyone who reads the partnership sees it. */
    public boolean published(UUID id) {
        return decisions.count("from Decision d where d.id = ?1" + DecisionRepository.PUBLISHED, id) > 0;
    }

    /** Whether {@code id} is a (living) decision of the partnership. */
    public boolean isIn(UUID partnershipId, UUID id) {
        return decisions.count("partnershipId = ?1 and id = ?2", partnershipId, id) > 0;
    }

    public static DecisionView view(Decision d) {
        return new DecisionView(d.id, d.agendaItemId, d.text, d.version);
    }

    private static String summary(Decision d) {
        return d.text.length() > 120 ? d.text.substring(0, 117) + "…" : d.text;
    }

    private Meeting requireMeeting(UUID partnershipId, UUID meetingId) {
        return meetings.findIn(partnershipId, meetingId)
                .orElseThrow(() -> ProblemException.notFound("No meeting with this id in this partnership."));
    }

    private UUID requireItem(UUID meetingId, UUID itemId) {
        return items.findIn(meetingId, itemId)
                .map(item -> item.id)
                .orElseThrow(() -> ProblemException.invalid(List.of(new dk.partnerskab.common.problem.Violation(
                        "agendaItemId", "body", "must be an item on this meeting's agenda"))));
    }

    private Decision require(UUID meetingId, UUID id) {
        return decisions
                .find("meetingId = ?1 and id = ?2", meetingId, id)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No decision with this id on this meeting."));
    }
}
