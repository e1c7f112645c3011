package dk.partnerskab.partnership.terms;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.persistence.PartnershipLocks;
import dk.partnerskab.common.persistence.SoftDeletes;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.PartnershipRepository;
import dk.partnerskab.partnership.dto.ChairPeriodInput;
import dk.partnerskab.partnership.dto.ChairPeriodView;
import dk.partnerskab.partnership.dto.TermInput;
import dk.partnerskab.partnership.dto.TermView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The dated periods of an agreement: its terms (aftaleperioder) and its chair periods. Within a
 * partnership neither may overlap; both are deleted softly and can be restored.
 */
@ApplicationScoped
public class PeriodService {

    static final String TERM = "TERM";
    static final String CHAIR_PERIOD = "CHAIR_PERIOD";

    private final TermRepository terms;
    private final ChairPeriodRepository chairs;
    private final PartnershipRepository partnerships;
    private final PartnershipAccess access;
    private final OrganisationService organisations;
    private final AuditTrail audit;
    private final AgreementDocumentService agreements;
    private final SoftDeletes softDeletes;
    private final PartnershipLocks locks;

    public PeriodService(
            TermRepository terms,
            ChairPeriodRepository chairs,
            PartnershipRepository partnerships,
            PartnershipAccess access,
            OrganisationService organisations,
            AuditTrail audit,
            AgreementDocumentService agreements,
            SoftDeletes softDeletes,
            PartnershipLocks locks) {
        this.agreements = agreements;
        this.locks = locks;
        this.terms = terms;
        this.chairs = chairs;
        this.partnerships = partnerships;
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
        this.softDeletes = softDeletes;
    }

    @Transactional
    public TermView addTerm(UUID partnershipId, TermInput input) {
        access.requireEditor(partnershipId);
        Term term = new Term();
        term.id = UUID.randomUUID();
        term.partnershipId = partnerships.findByIdOptional(partnershipId).orElseThrow(PartnershipAccess::notFound).id;
        apply(term, input);
        terms.persist(term);
        terms.flush();
        TermView view = TermView.of(term, agreements.info(term.id).orElse(null));
        audit.record(partnershipId, TERM, term.id, AuditAction.CREATED, label(term), null, view);
        return view;
    }

    @Transactional
    public TermView updateTerm(UUID partnershipId, UUID id, long expectedVersion, TermInput input) {
        access.requireEditor(partnershipId);
        Term term = requireTerm(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, term.version);
        TermView before = TermView.of(term, agreements.info(term.id).orElse(null));
        apply(term, input);
        terms.flush();
        TermView after = TermView.of(term, agreements.info(term.id).orElse(null));
        audit.record(partnershipId, TERM, id, AuditAction.UPDATED, label(term), before, after);
        return after;
    }

    @Transactional
    public void deleteTerm(UUID partnershipId, UUID id, long expectedVersion) {
        access.requireEditor(partnershipId);
        Term term = requireTerm(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, term.version);
        audit.record(
                partnershipId,
                TERM,
                id,
                AuditAction.DELETED,
                label(term),
                TermView.of(term, agreements.info(term.id).orElse(null)),
                null);
        term.softDelete();
    }

    /**
     * @throws ProblemException {@code validation-failed} when a term added meanwhile overlaps it
     */
    @Transactional
    public TermView restoreTerm(UUID partnershipId, UUID id) {
        access.requireEditor(partnershipId);
        if (!softDeletes.restore(Term.class, id, "partnership_id", partnershipId, java.util.Map.of())) {
            throw ProblemException.notFound("No deleted term with this id in this partnership.");
        }
        Term term = requireTerm(partnershipId, id);
        checkTermOverlap(partnershipId, id, term.startDate, term.endDate);
        TermView view = TermView.of(term, agreements.info(term.id).orElse(null));
        audit.record(partnershipId, TERM, id, AuditAction.RESTORED, label(term), null, view);
        return view;
    }

    @Transactional
    public ChairPeriodView addChairPeriod(UUID partnershipId, ChairPeriodInput input) {
        access.requireEditor(partnershipId);
        ChairPeriod chair = new ChairPeriod();
        chair.id = UUID.randomUUID();
        chair.partnershipId = partnerships.findByIdOptional(partnershipId).orElseThrow(PartnershipAccess::notFound).id;
        apply(chair, input);
        chairs.persist(chair);
        terms.flush();
        ChairPeriodView view = view(chair);
        audit.record(partnershipId, CHAIR_PERIOD, chair.id, AuditAction.CREATED, label(view), null, view);
        return view;
    }

    @Transactional
    public ChairPeriodView updateChairPeriod(
            UUID partnershipId, UUID id, long expectedVersion, ChairPeriodInput input) {
        access.requireEditor(partnershipId);
        ChairPeriod chair = requireChair(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, chair.version);
        ChairPeriodView before = view(chair);
        apply(chair, input);
        terms.flush();
        ChairPeriodView after = view(chair);
        audit.record(partnershipId, CHAIR_PERIOD, id, AuditAction.UPDATED, label(after), before, after);
        return after;
    }

    @Transactional
    public void deleteChairPeriod(UUID partnershipId, UUID id, long expectedVersion) {
        access.requireEditor(partnershipId);
        ChairPeriod chair = requireChair(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, chair.version);
        ChairPeriodView before = view(chair);
        audit.record(partnershipId, CHAIR_PERIOD, id, AuditAction.DELETED, label(before), before, null);
        chair.softDelete();
    }

    @Transactional
    public ChairPeriodView restoreChairPeriod(UUID partnershipId, UUID id) {
        access.requireEditor(partnershipId);
        if (!softDeletes.restore(ChairPeriod.class, id, "partnership_id", partnershipId, java.util.Map.of())) {
            throw ProblemException.notFound("No deleted chair period with this id in this partnership.");
        }
        ChairPeriod chair = requireChair(partnershipId, id);
        checkChairOverlap(partnershipId, id, chair.startDate, chair.endDate);
        ChairPeriodView view = view(chair);
        audit.record(partnershipId, CHAIR_PERIOD, id, AuditAction.RESTORED, label(view), null, view);
        return view;
    }

    private void apply(Term term, TermInput input) {
        requireOrder(input.startDate(), input.endDate(), true);
        checkTermOverlap(term.partnershipId, term.id, input.startDate(), input.endDate());
        term.startDate = input.startDate();
        term.endDate = input.endDate();
        term.kind = input.kind();
        term.signedOn = input.signedOn();
        term.evaluationOutcome = Text.blankToNull(input.evaluationOutcome());
        term.note = Text.blankToNull(input.note());
        term.touch();
    }

    private void apply(ChairPeriod chair, ChairPeriodInput input) {
        requireOrder(input.startDate(), input.endDate(), false);
        chair.organisationId = organisations
                .requireActive(input.organisationId(), "organisationId")
                .id();
        checkChairOverlap(chair.partnershipId, chair.id, input.startDate(), input.endDate());
        chair.startDate = input.startDate();
        chair.endDate = input.endDate();
        chair.note = Text.blankToNull(input.note());
        chair.touch();
    }

    private static void requireOrder(LocalDate start, LocalDate end, boolean strictlyAfter) {
        if (strictlyAfter ? !end.isAfter(start) : end.isBefore(start)) {
            throw ProblemException.invalid(List.of(new Violation(
                    "endDate", "body", strictlyAfter ? "must be after startDate" : "must not be before startDate")));
        }
    }

    private void checkTermOverlap(UUID partnershipId, UUID self, LocalDate start, LocalDate end) {
        locks.hold(partnershipId, "terms");
        terms.overlapping(partnershipId, self, start, end).ifPresent(other -> {
            throw ProblemException.invalid(List.of(new Violation(
                    "startDate", "body", "overlaps the term " + other.startDate + " – " + other.endDate)));
        });
    }

    private void checkChairOverlap(UUID partnershipId, UUID self, LocalDate start, LocalDate end) {
        locks.hold(partnershipId, "chair-periods");
        chairs.overlapping(partnershipId, self, start, end).ifPresent(other -> {
            throw ProblemException.invalid(
                    List.of(new Violation("startDate", "body", "overlaps the chair period of " + label(view(other)))));
        });
    }

    private Term requireTerm(UUID partnershipId, UUID id) {
        return terms.findIn(partnershipId, id)
                .orElseThrow(() -> ProblemException.notFound("No term with this id in this partnership."));
    }

    private ChairPeriod requireChair(UUID partnershipId, UUID id) {
        return chairs.findIn(partnershipId, id)
                .orElseThrow(() -> ProblemException.notFound("No chair period with this id in this partnership."));
    }

    private static String label(Term t) {
        return t.startDate + " – " + t.endDate;
    }

    private ChairPeriodView view(ChairPeriod c) {
        return ChairPeriodView.of(c, organisations.ref(c.organisationId));
    }

    private static String label(ChairPeriodView c) {
        return (c.organisation() == null ? "" : c.organisation().name() + " ") + c.startDate() + " – " + c.endDate();
    }
}
