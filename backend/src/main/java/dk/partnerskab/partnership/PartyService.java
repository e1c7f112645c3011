package dk.partnerskab.partnership;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.organisation.Organisation;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.dto.PartyInput;
import dk.partnerskab.partnership.dto.PartyView;
import dk.partnerskab.partnership.dto.SignatoryInput;
import dk.partnerskab.partnership.dto.SignatoryView;
import dk.partnerskab.common.validation.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The parties to an agreement and the people who signed for them. */
@ApplicationScoped
public class PartyService {

    static final String PARTY = "PARTY";
    static final String SIGNATORY = "SIGNATORY";

    private final EntityManager em;
    private final PartnershipRepository partnerships;
    private final PartnershipAccess access;
    private final OrganisationService organisations;
    private final AuditTrail audit;
    private final Clock clock;

    public PartyService(EntityManager em, PartnershipRepository partnerships, PartnershipAccess access,
                        OrganisationService organisations, AuditTrail audit, Clock clock) {
        this.em = em;
        this.partnerships = partnerships;
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws ProblemException {@code validation-failed} on {@code organisationId} when it is not an
     *         active organisation or already a party
     */
    @Transactional
    public PartyView addParty(UUID partnershipId, PartyInput input) {
        access.requireEditor(partnershipId);
        Organisation organisation = organisations.requireActive(input.organisationId(), "organisationId");
        List<Party> existing = partnerships.partiesOf(List.of(partnershipId));
        if (existing.stream().anyMatch(p -> p.organisation.id.equals(organisation.id))) {
            throw ProblemException.invalid(List.of(new Violation("organisationId", "body", "is already a party to this agreement")));
        }
        Party party = new Party();
        party.id = UUID.randomUUID();
        party.partnership = partnerships.findByIdOptional(partnershipId).orElseThrow(PartnershipAccess::notFound);
        party.organisation = organisation;
        party.position = existing.stream().mapToInt(p -> p.position + 1).max().orElse(0);
        em.persist(party);
        em.flush();
        PartyView view = view(party, List.of());
        audit.record(partnershipId, PARTY, party.id, AuditAction.CREATED, organisation.name, null, view);
        return view;
    }

    /** Removes a party with its signatories (softly: restoring the party brings them back). */
    @Transactional
    public void removeParty(UUID partnershipId, UUID partyId, long expectedVersion) {
        access.requireEditor(partnershipId);
        Party party = requireParty(partnershipId, partyId);
        Preconditions.requireVersion(expectedVersion, party.version);
        audit.record(partnershipId, PARTY, partyId, AuditAction.DELETED, party.organisation.name,
                view(party, signatoriesOf(partyId)), null);
        party.deletedAt = clock.instant();
    }

    @Transactional
    public PartyView restoreParty(UUID partnershipId, UUID partyId) {
        access.requireEditor(partnershipId);
        int rows = em.createNativeQuery("UPDATE party SET deleted_at = NULL, version = version + 1 "
                        + "WHERE id = ?1 AND partnership_id = ?2 AND deleted_at IS NOT NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM party o WHERE o.partnership_id = ?2 AND o.organisation_id = party.organisation_id "
                        + "AND o.deleted_at IS NULL)")
                .setParameter(1, partyId).setParameter(2, partnershipId).executeUpdate();
        if (rows == 0) {
            throw ProblemException.notFound("No removed party with this id in this partnership (or the organisation is a party again).");
        }
        em.clear();
        Party party = requireParty(partnershipId, partyId);
        PartyView view = view(party, signatoriesOf(partyId));
        audit.record(partnershipId, PARTY, partyId, AuditAction.RESTORED, party.organisation.name, null, view);
        return view;
    }

    @Transactional
    public SignatoryView addSignatory(UUID partnershipId, UUID partyId, SignatoryInput input) {
        access.requireEditor(partnershipId);
        Party party = requireParty(partnershipId, partyId);
        Signatory signatory = new Signatory();
        signatory.id = UUID.randomUUID();
        signatory.party = party;
        signatory.position = signatoriesOf(partyId).stream().mapToInt(s -> s.position + 1).max().orElse(0);
        apply(partnershipId, signatory, input);
        em.persist(signatory);
        em.flush();
        SignatoryView view = SignatoryView.of(signatory);
        audit.record(partnershipId, SIGNATORY, signatory.id, AuditAction.CREATED, signatory.name, null, view);
        return view;
    }

    @Transactional
    public SignatoryView updateSignatory(UUID partnershipId, UUID partyId, UUID id, long expectedVersion, SignatoryInput input) {
        access.requireEditor(partnershipId);
        Signatory signatory = requireSignatory(partnershipId, partyId, id);
        Preconditions.requireVersion(expectedVersion, signatory.version);
        SignatoryView before = SignatoryView.of(signatory);
        apply(partnershipId, signatory, input);
        em.flush();
        SignatoryView after = SignatoryView.of(signatory);
        audit.record(partnershipId, SIGNATORY, id, AuditAction.UPDATED, signatory.name, before, after);
        return after;
    }

    @Transactional
    public void removeSignatory(UUID partnershipId, UUID partyId, UUID id, long expectedVersion) {
        access.requireEditor(partnershipId);
        Signatory signatory = requireSignatory(partnershipId, partyId, id);
        Preconditions.requireVersion(expectedVersion, signatory.version);
        audit.record(partnershipId, SIGNATORY, id, AuditAction.DELETED, signatory.name, SignatoryView.of(signatory), null);
        signatory.deletedAt = clock.instant();
    }

    @Transactional
    public SignatoryView restoreSignatory(UUID partnershipId, UUID partyId, UUID id) {
        access.requireEditor(partnershipId);
        requireParty(partnershipId, partyId);
        int rows = em.createNativeQuery("UPDATE signatory SET deleted_at = NULL, version = version + 1 "
                        + "WHERE id = ?1 AND party_id = ?2 AND deleted_at IS NOT NULL")
                .setParameter(1, id).setParameter(2, partyId).executeUpdate();
        if (rows == 0) {
            throw ProblemException.notFound("No removed signatory with this id for this party.");
        }
        em.clear();
        Signatory signatory = requireSignatory(partnershipId, partyId, id);
        SignatoryView view = SignatoryView.of(signatory);
        audit.record(partnershipId, SIGNATORY, id, AuditAction.RESTORED, signatory.name, null, view);
        return view;
    }

    private void apply(UUID partnershipId, Signatory signatory, SignatoryInput input) {
        if (input.termId() != null && partnerships.termsOf(List.of(partnershipId)).stream().noneMatch(t -> t.id.equals(input.termId()))) {
            throw ProblemException.invalid(List.of(new Violation("termId", "body", "is not a term of this partnership")));
        }
        signatory.name = input.name().strip();
        signatory.title = Text.blankToNull(input.title());
        signatory.termId = input.termId();
    }

    private List<Signatory> signatoriesOf(UUID partyId) {
        return em.createQuery("select s from Signatory s where s.party.id = :id order by s.position", Signatory.class)
                .setParameter("id", partyId).getResultList();
    }

    private Party requireParty(UUID partnershipId, UUID partyId) {
        return em.createQuery("select p from Party p join fetch p.organisation where p.id = :id and p.partnership.id = :pid", Party.class)
                .setParameter("id", partyId).setParameter("pid", partnershipId)
                .getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No party with this id in this partnership."));
    }

    private Signatory requireSignatory(UUID partnershipId, UUID partyId, UUID id) {
        return em.createQuery("select s from Signatory s where s.id = :id and s.party.id = :party and s.party.partnership.id = :pid",
                        Signatory.class)
                .setParameter("id", id).setParameter("party", partyId).setParameter("pid", partnershipId)
                .getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No signatory with this id for this party."));
    }

    private static PartyView view(Party party, List<Signatory> signatories) {
        return new PartyView(party.id, OrganisationRef.of(party.organisation),
                signatories.stream().map(SignatoryView::of).toList(), party.version);
    }
}
