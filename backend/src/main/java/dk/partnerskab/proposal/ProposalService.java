package dk.partnerskab.proposal;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.meeting.AgendaItemKind;
import dk.partnerskab.meeting.AgendaService;
import dk.partnerskab.meeting.dto.AgendaItemInput;
import dk.partnerskab.meeting.dto.AgendaItemView;
import dk.partnerskab.meeting.dto.PersonRef;
import dk.partnerskab.partnership.MemberRole;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.proposal.dto.ProposalAnswer;
import dk.partnerskab.proposal.dto.ProposalInput;
import dk.partnerskab.proposal.dto.ProposalPage;
import dk.partnerskab.proposal.dto.ProposalToAgenda;
import dk.partnerskab.proposal.dto.ProposalView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Proposals from members and observers (a lokalråd proposing a focus area or an activity): the
 * secretariat puts them on an agenda and answers them, and the proposer sees the answer.
 */
@ApplicationScoped
public class ProposalService {

    static final String ENTITY = "PROPOSAL";

    private final EntityManager em;
    private final AgendaService agenda;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public ProposalService(EntityManager em, AgendaService agenda, PartnershipAccess access, AuditTrail audit, Clock clock) {
        this.em = em;
        this.agenda = agenda;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ProposalPage list(UUID partnershipId, PageRequest page) {
        Optional<MemberRole> role = access.requireVisible(partnershipId);
        long total = em.createQuery("select count(p) from Proposal p where p.partnershipId = :p", Long.class)
                .setParameter("p", partnershipId).getSingleResult();
        List<Proposal> proposals = total == 0 ? List.of() : em.createQuery("select p from Proposal p where p.partnershipId = :p "
                        + "order by p.proposedAt desc, p.id", Proposal.class)
                .setParameter("p", partnershipId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new ProposalPage(views(proposals, access.canEdit(partnershipId, role)), page.page(), page.size(), total,
                page.totalPages(total));
    }

    /** @throws ProblemException {@code forbidden} for callers who are not members (an administrator proposes nothing) */
    @Transactional
    public ProposalView propose(UUID partnershipId, ProposalInput input) {
        Optional<MemberRole> role = access.requireVisible(partnershipId);
        if (role.isEmpty()) {
            throw new ProblemException(ProblemKey.FORBIDDEN, "Members and observers of the partnership make proposals.");
        }
        Proposal p = new Proposal();
        p.id = UUID.randomUUID();
        p.partnershipId = partnershipId;
        p.kind = input.kind();
        p.title = input.title().strip();
        p.description = Text.blankToNull(input.description());
        p.proposedBy = access.personId();
        p.proposedAt = clock.instant();
        p.updatedAt = p.proposedAt;
        p.status = ProposalStatus.SUBMITTED;
        em.persist(p);
        em.flush();
        ProposalView view = views(List.of(p), access.canEdit(partnershipId, role)).get(0);
        audit.record(partnershipId, ENTITY, p.id, AuditAction.CREATED, p.title, null, view);
        return view;
    }

    /** Adds it to a meeting's agenda as an item for decision. */
    @Transactional
    public ProposalView putOnAgenda(UUID partnershipId, UUID id, long expectedVersion, ProposalToAgenda input) {
        access.requireEditor(partnershipId);
        Proposal p = require(partnershipId, id, expectedVersion);
        if (p.status != ProposalStatus.SUBMITTED) {
            throw new ProblemException(ProblemKey.INVALID_STATE_TRANSITION, "The proposal is " + p.status + "; only a submitted one goes on an agenda.");
        }
        String who = (String) em.createNativeQuery("select display_name from person where id = :id").setParameter("id", p.proposedBy)
                .getSingleResult();
        AgendaItemView item;
        try {
            item = agenda.add(partnershipId, input.meetingId(), new AgendaItemInput(dk.partnerskab.common.validation.Text.cut("Forslag: " + p.title, 300),
                    "<p>Forslag fra " + escape(who) + ".</p>" + (p.description == null ? "" : "<p>" + escape(p.description) + "</p>"),
                    AgendaItemKind.DECISION, null, null, null));
        } catch (ProblemException e) {
            if (e.key() == ProblemKey.NOT_FOUND) {
                throw ProblemException.invalid(List.of(new Violation("meetingId", "body", "must be a meeting of this partnership")));
            }
            throw e;
        }
        p.agendaItemId = item.id();
        p.status = ProposalStatus.ON_AGENDA;
        p.updatedAt = clock.instant();
        em.flush();
        ProposalView view = views(List.of(p), true).get(0);
        audit.record(partnershipId, ENTITY, p.id, AuditAction.UPDATED, p.title, Map.of("status", ProposalStatus.SUBMITTED), Map.of("status", p.status));
        return view;
    }

    @Transactional
    public ProposalView answer(UUID partnershipId, UUID id, long expectedVersion, ProposalAnswer input) {
        access.requireEditor(partnershipId);
        Proposal p = require(partnershipId, id, expectedVersion);
        if (p.status == ProposalStatus.ACCEPTED || p.status == ProposalStatus.REJECTED) {
            throw new ProblemException(ProblemKey.INVALID_STATE_TRANSITION, "The proposal is answered already.");
        }
        if (input.decisionId() != null && em.createNativeQuery("select 1 from decision where id = :d and partnership_id = :p "
                + "and deleted_at is null").setParameter("d", input.decisionId()).setParameter("p", partnershipId).getResultList().isEmpty()) {
            throw ProblemException.invalid(List.of(new Violation("decisionId", "body", "must be a decision of this partnership")));
        }
        ProposalStatus before = p.status;
        p.status = ProposalStatus.valueOf(input.outcome());
        p.answerReason = input.reason().strip();
        p.decisionId = input.decisionId();
        p.answeredAt = clock.instant();
        p.updatedAt = p.answeredAt;
        em.flush();
        audit.record(partnershipId, ENTITY, p.id, AuditAction.UPDATED, p.title, Map.of("status", before),
                Map.of("status", p.status, "reason", p.answerReason));
        return views(List.of(p), true).get(0);
    }

    private Proposal require(UUID partnershipId, UUID id, long expectedVersion) {
        Proposal p = em.createQuery("select p from Proposal p where p.id = :id and p.partnershipId = :p", Proposal.class)
                .setParameter("id", id).setParameter("p", partnershipId).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No proposal with this id in this partnership."));
        Preconditions.requireVersion(expectedVersion, p.version);
        return p;
    }

    private List<ProposalView> views(List<Proposal> proposals, boolean canEdit) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> people = new HashMap<>();
        lookup("select id, display_name from person where id = any(:ids)", proposals.stream().map(p -> p.proposedBy).distinct().toArray(UUID[]::new))
                .forEach(r -> people.put((UUID) r[0], (String) r[1]));
        Map<UUID, ProposalView.AgendaRef> agendas = new HashMap<>();
        lookup("select a.id, m.id, m.title from agenda_item a join meeting m on m.id = a.meeting_id where a.id = any(:ids)",
                proposals.stream().map(p -> p.agendaItemId).filter(Objects::nonNull).toArray(UUID[]::new))
                .forEach(r -> agendas.put((UUID) r[0], new ProposalView.AgendaRef((UUID) r[1], (String) r[2], (UUID) r[0])));
        Map<UUID, ProposalView.DecisionRef> decisions = new HashMap<>();
        lookup("select id, text from decision where id = any(:ids)",
                proposals.stream().map(p -> p.decisionId).filter(Objects::nonNull).toArray(UUID[]::new))
                .forEach(r -> decisions.put((UUID) r[0], new ProposalView.DecisionRef((UUID) r[0], (String) r[1])));
        UUID me = access.personId();
        return proposals.stream().map(p -> new ProposalView(p.id, p.partnershipId, p.kind, p.title, p.description,
                new PersonRef(p.proposedBy, people.get(p.proposedBy)), p.proposedAt.atZone(clock.getZone()).toOffsetDateTime(), p.status,
                p.agendaItemId == null ? null : agendas.get(p.agendaItemId), p.decisionId == null ? null : decisions.get(p.decisionId),
                p.answerReason, p.answeredAt == null ? null : p.answeredAt.atZone(clock.getZone()).toOffsetDateTime(),
                p.proposedBy.equals(me), canEdit, p.version)).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> lookup(String sql, UUID[] ids) {
        return ids.length == 0 ? List.of() : em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
