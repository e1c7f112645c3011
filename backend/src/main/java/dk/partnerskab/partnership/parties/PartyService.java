package dk.partnerskab.partnership.parties;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.persistence.SoftDeletes;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.PartnershipRepository;
import dk.partnerskab.partnership.dto.PartyInput;
import dk.partnerskab.partnership.dto.PartyView;
import dk.partnerskab.partnership.dto.SignatoryInput;
import dk.partnerskab.partnership.dto.SignatoryView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The parties to an agreement and the people who signed for them. */
@ApplicationScoped
public class PartyService {

    static final String PARTY = "PARTY";
    static final String SIGNATORY = "SIGNATORY";

    private final PartyRepository parties;
    private final SignatoryRepository signatories;
    private final PartnershipRepository partnerships;
    private final PartnershipAccess access;
    private final OrganisationService organisations;
    private final AuditTrail audit;
    private final SoftDeletes softDeletes;

    public PartyService(
            PartyRepository parties,
            SignatoryRepository signatories,
            PartnershipRepository partnerships,
            PartnershipAccess access,
            OrganisationService organisations,
            AuditTrail audit,
            SoftDeletes softDeletes) {
        this.parties = parties;
        this.signatories = signatories;
        this.partnerships = partnerships;
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
        this.softDeletes = softDeletes;
    }

    /**
     * @throws ProblemException {@code validation-failed} on {@code organisationId} when it is not an
     *         active organisation or already a party
     */
    @Transactional
    public PartyView addParty(UUID partnershipId, PartyInput input) {
        access.requireEditor(partnershipId);
        OrganisationRef organisation = organisations.requireActive(input.organisationId(), "organisationId");
        List<Party> existing = partnerships.partiesOf(List.of(partnershipId));
        if (existing.stream().anyMatch(p -> p.organisationId.equals(organisation.id()))) {
            throw ProblemException.invalid(
                    List.of(new Violation("organisationId", "body", "is already a party to this agreement")));
        }
        Party party = new Party();
        party.id = UUID.randomUUID();
        party.partnershipId = partnerships.findByIdOptional(partnershipId).orElseThrow(PartnershipAccess::notFound).id;
        party.organisationId = organisation.id();
        party.position = existing.stream().mapToInt(p -> p.position + 1).max().orElse(0);
        parties.persist(party);
        parties.flush();
        PartyView view = view(party, List.of());
        audit.record(partnershipId, PARTY, party.id, AuditAction.CREATED, organisation.name(), null, view);
        return view;
    }

    /**
     * Why an organisation cannot be responsible, lead or owner of something in the partnership, or
     * empty when it can: it must be active and a party to the agreement.
     */
    public java.util.Optional<String> whyNotActiveParty(UUID partnershipId, UUID organisationId) {
        java.util.Optional<String> inactive = organisations.whyNotActive(organisationId);
        if (inactive.isPresent()) {
            return inactive;
        }
        return whyNotParty(partnershipId, organisationId);
    }

    private java.util.Optional<String> whyNotParty(UUID partnershipId, UUID organisationId) {
        return parties.isParty(partnershipId, organisationId)
                ? java.util.Optional.empty()
                : java.util.Optional.of("is not a party to this partnership");
    }

    /**
     * @throws ProblemException {@code validation-failed} naming {@code field} unless the organisation
     *         is active and a party to the partnership
     */
    public void requireActiveParty(UUID partnershipId, UUID organisationId, String field) {
        whyNotActiveParty(partnershipId, organisationId).ifPresent(message -> {
            throw ProblemException.invalid(List.of(new Violation(field, "body", message)));
        });
    }

    /** Removes a party with its signatories (softly: restoring the party brings them back). */
    @Transactional
    public void removeParty(UUID partnershipId, UUID partyId, long expectedVersion) {
        access.requireEditor(partnershipId);
        Party party = requireParty(partnershipId, partyId);
        Preconditions.requireVersion(expectedVersion, party.version);
        PartyView before = view(party, signatoriesOf(partyId));
        audit.record(
                partnershipId,
                PARTY,
                partyId,
                AuditAction.DELETED,
                before.organisation().name(),
                before,
                null);
        party.softDelete();
    }

    @Transactional
    public PartyView restoreParty(UUID partnershipId, UUID partyId) {
        access.requireEditor(partnershipId);
        // An organisation is a party once: it may have been added again since.
        boolean again = softDeletes
                .deletedValue(Party.class, partyId, "partnership_id", partnershipId, "organisation_id")
                .map(organisation ->
                        whyNotParty(partnershipId, (UUID) organisation).isEmpty())
                .orElse(true);
        if (again || !softDeletes.restore(Party.class, partyId, "partnership_id", partnershipId, java.util.Map.of())) {
            throw ProblemException.notFound(
                    "No removed party with this id in this partnership (or the organisation is a party again).");
        }
        Party party = requireParty(partnershipId, partyId);
        PartyView view = view(party, signatoriesOf(partyId));
        audit.record(
                partnershipId,
                PARTY,
                partyId,
                AuditAction.RESTORED,
                view.organisation().name(),
                null,
                view);
        return view;
    }

    @Transactional
    public SignatoryView addSignatory(UUID partnershipId, UUID partyId, SignatoryInput input) {
        access.requireEditor(partnershipId);
        Party party = requireParty(partnershipId, partyId);
        Signatory signatory = new Signatory();
        signatory.id = UUID.randomUUID();
        signatory.party = party;
        signatory.position = signatoriesOf(partyId).stream()
                .mapToInt(s -> s.position + 1)
                .max()
                .orElse(0);
        apply(partnershipId, signatory, input);
        signatories.persist(signatory);
        parties.flush();
        SignatoryView view = SignatoryView.of(signatory);
        audit.record(partnershipId, SIGNATORY, signatory.id, AuditAction.CREATED, signatory.name, null, view);
        return view;
    }

    @Transactional
    public SignatoryView updateSignatory(
            UUID partnershipId, UUID partyId, UUID id, long expectedVersion, SignatoryInput input) {
        access.requireEditor(partnershipId);
        Signatory signatory = requireSignatory(partnershipId, partyId, id);
        Preconditions.requireVersion(expectedVersion, signatory.version);
        SignatoryView before = SignatoryView.of(signatory);
        apply(partnershipId, signatory, input);
        parties.flush();
        SignatoryView after = SignatoryView.of(signatory);
        audit.record(partnershipId, SIGNATORY, id, AuditAction.UPDATED, signatory.name, before, after);
        return after;
    }

    @Transactional
    public void removeSignatory(UUID partnershipId, UUID partyId, UUID id, long expectedVersion) {
        access.requireEditor(partnershipId);
        Signatory signatory = requireSignatory(partnershipId, partyId, id);
        Preconditions.requireVersion(expectedVersion, signatory.version);
        audit.record(
                partnershipId, SIGNATORY, id, AuditAction.DELETED, signatory.name, SignatoryView.of(signatory), null);
        signatory.softDelete();
    }

    @Transactional
    public SignatoryView restoreSignatory(UUID partnershipId, UUID partyId, UUID id) {
        access.requireEditor(partnershipId);
        requireParty(partnershipId, partyId);
        if (!softDeletes.restore(Signatory.class, id, "party_id", partyId, java.util.Map.of())) {
            throw ProblemException.notFound("No removed signatory with this id for this party.");
        }
        Signatory signatory = requireSignatory(partnershipId, partyId, id);
        SignatoryView view = SignatoryView.of(signatory);
        audit.record(partnershipId, SIGNATORY, id, AuditAction.RESTORED, signatory.name, null, view);
        return view;
    }

    private void apply(UUID partnershipId, Signatory signatory, SignatoryInput input) {
        if (input.termId() != null
                && partnerships.termsOf(List.of(partnershipId)).stream().noneMatch(t -> t.id.equals(input.termId()))) {
            throw ProblemException.invalid(
                    List.of(new Violation("termId", "body", "is not a term of this partnership")));
        }
        signatory.name = input.name().strip();
        signatory.title = Text.blankToNull(input.title());
        signatory.termId = input.termId();
    }

    private List<Signatory> signatoriesOf(UUID partyId) {
        return signatories.ofParty(partyId);
    }

    private Party requireParty(UUID partnershipId, UUID partyId) {
        return parties.findIn(partnershipId, partyId)
                .orElseThrow(() -> ProblemException.notFound("No party with this id in this partnership."));
    }

    private Signatory requireSignatory(UUID partnershipId, UUID partyId, UUID id) {
        return signatories
                .findIn(partnershipId, partyId, id)
                .orElseThrow(() -> ProblemException.notFound("No signatory with this id for this party."));
    }

    private PartyView view(Party party, List<Signatory> signatories) {
        return new PartyView(
                party.id,
                organisations.ref(party.organisationId),
                signatories.stream().map(SignatoryView::of).toList(),
                party.version);
    }
}
