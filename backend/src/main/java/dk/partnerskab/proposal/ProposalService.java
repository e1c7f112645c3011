package dk.partnerskab.proposal;

import dk.partnerskab.audit.Audience;
import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.meeting.agenda.AgendaItemKind;
import dk.partnerskab.meeting.agenda.AgendaService;
import dk.partnerskab.meeting.dto.AgendaItemInput;
import dk.partnerskab.meeting.dto.AgendaItemView;
import dk.partnerskab.meeting.dto.PersonRef;
import dk.partnerskab.meeting.minutes.DecisionService;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.person.PersonRegistry;
import dk.partnerskab.proposal.dto.ProposalAnswer;
import dk.partnerskab.proposal.dto.ProposalInput;
import dk.partnerskab.proposal.dto.ProposalPage;
import dk.partnerskab.proposal.dto.ProposalToAgenda;
import dk.partnerskab.proposal.dto.ProposalView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Proposals from members and observers (a lokalråd proposing a focus area or an activity): the
 * secretariat puts them on an agenda and answers them, and the proposer sees the answer.
 */
@ApplicationScoped
public class ProposalService {

    static final String ENTITY = "PROPOSAL";

    private final ProposalRepository proposals;
    private final AgendaService agenda;
    private final DecisionService decisions;
    private final PersonRegistry people;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public ProposalService(
            ProposalRepository proposals,
            AgendaService agenda,
            DecisionService decisions,
            PersonRegistry people,
            PartnershipAccess access,
            AuditTrail audit,
            Clock clock) {
        this.proposals = proposals;
        this.agenda = agenda;
        this.decisions = decisions;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ProposalPage list(UUID partnershipId, PageRequest page) {
        Membership viewer = access.membership(partnershipId);
        long total = proposals.countIn(partnershipId);
        List<Proposal> found = total == 0 ? List.of() : proposals.pageIn(partnershipId, page);
        return page.envelope(views(found, viewer), total, ProposalPage::new);
    }

    /** @throws ProblemException {@code forbidden} for callers who are not members (an administrator proposes nothing) */
    @Transactional
    public ProposalView propose(UUID partnershipId, ProposalInput input) {
        Membership viewer = access.membership(partnershipId);
        if (!viewer.isMember()) {
            throw new ProblemException(
                    ProblemKey.FORBIDDEN, "Members and observers of the partnership make proposals.");
        }
        Proposal p = new Proposal();
        p.id = UUID.randomUUID();
        p.partnershipId = partnershipId;
        p.kind = input.kind();
        p.title = input.title().strip();
        p.description = Text.blankToNull(input.description());
        p.proposedBy = access.personId();
        p.proposedAt = clock.instant();
        p.status = ProposalStatus.SUBMITTED;
        proposals.persist(p);
        proposals.flush();
        ProposalView view = views(List.of(p), viewer).get(0);
        audit.record(Audience.PARTICIPANTS, partnershipId, ENTITY, p.id, AuditAction.CREATED, p.title, null, view);
        return view;
    }

    /** Adds it to a meeting's agenda as an item for decision. */
    @Transactional
    public ProposalView putOnAgenda(UUID partnershipId, UUID id, long expectedVersion, ProposalToAgenda input) {
        access.requireEditor(partnershipId);
        Proposal p = require(partnershipId, id, expectedVersion);
        if (p.status != ProposalStatus.SUBMITTED) {
            throw new ProblemException(
                    ProblemKey.INVALID_STATE_TRANSITION,
                    "The proposal is " + p.status + "; only a submitted one goes on an agenda.");
        }
        String who = people.names(List.of(p.proposedBy)).get(p.proposedBy);
        AgendaItemView item;
        try {
            item = agenda.add(
                    partnershipId,
                    input.meetingId(),
                    new AgendaItemInput(
                            dk.partnerskab.common.validation.Text.cut("Forslag: " + p.title, 300),
                            "<p>Forslag fra " + escape(who) + ".</p>"
                                    + (p.description == null ? "" : "<p>" + escape(p.description) + "</p>"),
                            AgendaItemKind.DECISION,
                            null,
                            null,
                            null));
        } catch (ProblemException e) {
            if (e.key() == ProblemKey.NOT_FOUND) {
                throw ProblemException.invalid(
                        List.of(new Violation("meetingId", "body", "must be a meeting of this partnership")));
            }
            throw e;
        }
        p.agendaItemId = item.id();
        p.status = ProposalStatus.ON_AGENDA;
        p.touch();
        proposals.flush();
        ProposalView view = views(List.of(p), access.membership(partnershipId)).get(0);
        audit.record(
                Audience.PARTICIPANTS,
                partnershipId,
                ENTITY,
                p.id,
                AuditAction.UPDATED,
                p.title,
                Map.of("status", ProposalStatus.SUBMITTED),
                Map.of("status", p.status));
        return view;
    }

    @Transactional
    public ProposalView answer(UUID partnershipId, UUID id, long expectedVersion, ProposalAnswer input) {
        access.requireEditor(partnershipId);
        Proposal p = require(partnershipId, id, expectedVersion);
        if (p.status == ProposalStatus.ACCEPTED || p.status == ProposalStatus.REJECTED) {
            throw new ProblemException(ProblemKey.INVALID_STATE_TRANSITION, "The proposal is answered already.");
        }
        if (input.decisionId() != null && !decisions.isIn(partnershipId, input.decisionId())) {
            throw ProblemException.invalid(
                    List.of(new Violation("decisionId", "body", "must be a decision of this partnership")));
        }
        ProposalStatus before = p.status;
        p.status = ProposalStatus.valueOf(input.outcome());
        p.answerReason = input.reason().strip();
        p.decisionId = input.decisionId();
        p.answeredAt = clock.instant();
        proposals.flush();
        audit.record(
                Audience.PARTICIPANTS,
                partnershipId,
                ENTITY,
                p.id,
                AuditAction.UPDATED,
                p.title,
                Map.of("status", before),
                Map.of("status", p.status, "reason", p.answerReason));
        return views(List.of(p), access.membership(partnershipId)).get(0);
    }

    private Proposal require(UUID partnershipId, UUID id, long expectedVersion) {
        Proposal p = proposals
                .findIn(partnershipId, id)
                .orElseThrow(() -> ProblemException.notFound("No proposal with this id in this partnership."));
        Preconditions.requireVersion(expectedVersion, p.version);
        return p;
    }

    /**
     * The proposals as {@code viewer} sees them: the agenda a proposal is on only once that agenda is
     * published (or to its editors), the decision that answered it only once its minutes are.
     */
    private List<ProposalView> views(List<Proposal> shown, Membership viewer) {
        boolean canEdit = viewer.editor();
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> people =
                this.people.names(shown.stream().map(p -> p.proposedBy).toList());
        Map<UUID, ProposalView.AgendaRef> agendas = new HashMap<>();
        agenda.places(shown.stream()
                        .map(p -> p.agendaItemId)
                        .filter(Objects::nonNull)
                        .toList())
                .forEach((item, place) -> {
                    if (place.agendaPublished() || viewer.seesDraftAgendas()) {
                        agendas.put(item, new ProposalView.AgendaRef(place.meetingId(), place.meetingTitle(), item));
                    }
                });
        Map<UUID, ProposalView.DecisionRef> decisions = new HashMap<>();
        this.decisions
                .sources(shown.stream()
                        .map(p -> p.decisionId)
                        .filter(Objects::nonNull)
                        .toList())
                .forEach((id, source) -> decisions.put(id, new ProposalView.DecisionRef(id, source.text())));
        if (!decisions.isEmpty()) {
            this.decisions.hiddenFrom(viewer).forEach(decisions::remove);
        }
        UUID me = access.personId();
        return shown.stream()
                .map(p -> new ProposalView(
                        p.id,
                        p.partnershipId,
                        p.kind,
                        p.title,
                        p.description,
                        new PersonRef(p.proposedBy, people.get(p.proposedBy)),
                        p.proposedAt.atZone(clock.getZone()).toOffsetDateTime(),
                        p.status,
                        p.agendaItemId == null ? null : agendas.get(p.agendaItemId),
                        p.decisionId == null ? null : decisions.get(p.decisionId),
                        p.answerReason,
                        p.answeredAt == null
                                ? null
                                : p.answeredAt.atZone(clock.getZone()).toOffsetDateTime(),
                        p.proposedBy.equals(me),
                        canEdit,
                        p.version))
                .toList();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
