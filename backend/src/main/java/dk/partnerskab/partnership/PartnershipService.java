package dk.partnerskab.partnership;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditPage;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.validation.RichText;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.dto.ChairPeriodView;
import dk.partnerskab.partnership.dto.DocumentInfo;
import dk.partnerskab.partnership.dto.FocusAreaView;
import dk.partnerskab.partnership.dto.MembershipView;
import dk.partnerskab.partnership.dto.MilestoneView;
import dk.partnerskab.partnership.dto.PartnershipInput;
import dk.partnerskab.partnership.dto.PartnershipPage;
import dk.partnerskab.partnership.dto.PartnershipSummary;
import dk.partnerskab.partnership.dto.PartnershipView;
import dk.partnerskab.partnership.dto.PartyView;
import dk.partnerskab.partnership.dto.SignatoryView;
import dk.partnerskab.partnership.dto.TermView;
import dk.partnerskab.partnership.members.MemberRole;
import dk.partnerskab.partnership.members.PartnershipMemberRepository;
import dk.partnerskab.partnership.parties.Party;
import dk.partnerskab.partnership.terms.AgreementDocumentService;
import dk.partnerskab.partnership.terms.ChairPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Partnerships for the caller, within what {@link PartnershipAccess} lets them see and change. */
@ApplicationScoped
public class PartnershipService {

    public static final Set<String> SORTS = PartnershipRepository.SORTS.keySet();
    static final String ENTITY = "PARTNERSHIP";

    private final PartnershipRepository partnerships;
    private final PartnershipMemberRepository members;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final AgreementDocumentService agreements;
    private final OrganisationService organisations;
    private final Clock clock;

    public PartnershipService(
            PartnershipRepository partnerships,
            PartnershipMemberRepository members,
            PartnershipAccess access,
            AuditTrail audit,
            AgreementDocumentService agreements,
            OrganisationService organisations,
            Clock clock) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.members = members;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One page of the partnerships the caller may see. The page's terms, roles and parties are
     * read with one query each, whatever the page size.
     */
    @Transactional
    public PartnershipPage list(PartnershipFilter filter, PageRequest page) {
        PartnershipAccess.VisiblePartnerships visible = access.visible();
        long total = partnerships.count(filter, visible);
        List<Partnership> rows = total == 0 ? List.of() : partnerships.page(filter, visible, page);
        List<UUID> ids = rows.stream().map(p -> p.id).toList();

        LocalDate today = LocalDate.now(clock);
        Map<UUID, TermView> currentTerms = new HashMap<>();
        Map<UUID, List<String>> partyNames = new HashMap<>();
        Map<UUID, MemberRole> roles = Map.of();
        if (!ids.isEmpty()) {
            Map<UUID, DocumentInfo> documents = agreements.infoByTerm(ids);
            partnerships.termsOf(ids).stream()
                    .filter(t -> t.covers(today))
                    .forEach(t -> currentTerms.put(t.partnershipId, TermView.of(t, documents.get(t.id))));
            List<Party> parties = partnerships.partiesOf(ids);
            Map<UUID, OrganisationRef> organisations = this.organisations.refs(
                    parties.stream().map(p -> p.organisationId).toList());
            parties.forEach(p -> partyNames
                    .computeIfAbsent(p.partnershipId, k -> new ArrayList<>())
                    .add(organisations.get(p.organisationId).name()));
            roles = members.rolesOf(access.personId(), ids);
        }
        List<PartnershipSummary> items = new ArrayList<>(rows.size());
        for (Partnership p : rows) {
            items.add(new PartnershipSummary(
                    p.id,
                    p.name,
                    p.description,
                    p.status,
                    currentTerms.get(p.id),
                    roles.get(p.id),
                    partyNames.getOrDefault(p.id, List.of())));
        }
        return page.envelope(items, total, PartnershipPage::new);
    }

    /**
     * The whole partnership.
     *
     * @throws dk.partnerskab.common.problem.ProblemException {@code not-found} when it does not
     *         exist or the caller may not see it
     */
    @Transactional
    public PartnershipView get(UUID id) {
        Membership viewer = access.membership(id);
        Partnership p = partnerships.findByIdOptional(id).orElseThrow(PartnershipAccess::notFound);

        List<Party> parties = partnerships.partiesOf(List.of(id));
        List<ChairPeriod> chairPeriods = partnerships.chairPeriodsOf(id);
        Map<UUID, OrganisationRef> organisationRefs = organisations.refs(java.util.stream.Stream.concat(
                        parties.stream().map(party -> party.organisationId),
                        chairPeriods.stream().map(c -> c.organisationId))
                .toList());
        Map<UUID, List<SignatoryView>> signatories = partnerships.signatoriesOf(id).stream()
                .collect(Collectors.groupingBy(
                        s -> s.party.id, Collectors.mapping(SignatoryView::of, Collectors.toList())));
        List<PartyView> partyViews = parties.stream()
                .map(party -> new PartyView(
                        party.id,
                        organisationRefs.get(party.organisationId),
                        signatories.getOrDefault(party.id, List.of()),
                        party.version))
                .toList();

        return new PartnershipView(
                p.id,
                p.name,
                p.description,
                p.status,
                p.minMeetingsPerYear,
                p.rulesOfProcedure,
                p.economyNotes,
                List.copyOf(p.purposes),
                List.copyOf(p.principles),
                partyViews,
                terms(id),
                chairPeriods.stream()
                        .map(c -> ChairPeriodView.of(c, organisationRefs.get(c.organisationId)))
                        .toList(),
                partnerships.focusAreasOf(id).stream().map(FocusAreaView::of).toList(),
                partnerships.milestonesOf(id).stream().map(MilestoneView::of).toList(),
                viewer.role(),
                viewer.editor(),
                p.version);
    }

    private List<TermView> terms(UUID partnershipId) {
        Map<UUID, DocumentInfo> documents = agreements.infoByTerm(List.of(partnershipId));
        return partnerships.termsOf(List.of(partnershipId)).stream()
                .map(t -> TermView.of(t, documents.get(t.id)))
                .toList();
    }

    /** Creates a partnership in status DRAFT. Admins only (checked by the resource's role). */
    @Transactional
    public PartnershipView create(PartnershipInput input) {
        Partnership p = new Partnership();
        p.id = UUID.randomUUID();
        p.status = PartnershipStatus.DRAFT;
        apply(p, input);
        partnerships.persist(p);
        partnerships.flush();
        PartnershipView view = get(p.id);
        audit.record(p.id, ENTITY, p.id, AuditAction.CREATED, p.name, null, fields(p));
        return view;
    }

    /**
     * Changes the agreement's own fields. Rules of procedure are sanitised to safe HTML.
     *
     * @throws dk.partnerskab.common.problem.ProblemException {@code version-mismatch} when it
     *         changed since {@code expectedVersion}
     */
    @Transactional
    public PartnershipView update(UUID id, long expectedVersion, PartnershipInput input) {
        access.requireEditor(id);
        Partnership p = partnerships.findByIdOptional(id).orElseThrow(PartnershipAccess::notFound);
        Preconditions.requireVersion(expectedVersion, p.version);
        Map<String, Object> before = fields(p);
        apply(p, input);
        partnerships.flush();
        audit.record(id, ENTITY, id, AuditAction.UPDATED, p.name, before, fields(p));
        return get(id);
    }

    /**
     * Moves the partnership along its lifecycle.
     *
     * @throws dk.partnerskab.common.problem.ProblemException {@code invalid-state-transition} for a
     *         move the lifecycle does not allow; {@code version-mismatch} as for edits
     */
    @Transactional
    public PartnershipView changeStatus(UUID id, long expectedVersion, PartnershipStatus target) {
        access.requireEditor(id);
        Partnership p = partnerships.findByIdOptional(id).orElseThrow(PartnershipAccess::notFound);
        Preconditions.requireVersion(expectedVersion, p.version);
        if (!p.status.canMoveTo(target)) {
            throw new dk.partnerskab.common.problem.ProblemException(
                    dk.partnerskab.common.problem.ProblemKey.INVALID_STATE_TRANSITION,
                    "A partnership in status " + p.status + " cannot move to " + target + "; allowed: "
                            + p.status.next() + ".");
        }
        Map<String, Object> before = Map.of("status", p.status);
        p.status = target;
        p.touch();
        partnerships.flush();
        audit.record(id, ENTITY, id, AuditAction.UPDATED, p.name, before, Map.of("status", target));
        return get(id);
    }

    /** The partnership's name, for documents and mails about its things. */
    public String name(UUID id) {
        return partnerships.findByIdOptional(id).orElseThrow(PartnershipAccess::notFound).name;
    }

    /** The names of the given partnerships, in one query. */
    public Map<UUID, String> names(java.util.Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            partnerships.list("id in ?1", Set.copyOf(ids)).forEach(p -> names.put(p.id, p.name));
        }
        return names;
    }

    /** The given partnerships by name, as lists of them are ordered. */
    public List<UUID> byName(java.util.Collection<UUID> ids) {
        return ids.isEmpty()
                ? List.of()
                : partnerships
                        .getEntityManager()
                        .createQuery(
                                "select p.id from Partnership p where p.id in :ids order by p.name, p.id", UUID.class)
                        .setParameter("ids", Set.copyOf(ids))
                        .getResultList();
    }

    /** The agreement's minimum number of meetings a year. */
    public int minMeetingsPerYear(UUID id) {
        return partnerships.findByIdOptional(id).orElseThrow(PartnershipAccess::notFound).minMeetingsPerYear;
    }

    /**
     * The partnership's audit trail, newest first, as the caller may read it: each entry only for
     * the readers who could see its entity in the state it was written in, and e-mail addresses and
     * apology reasons only for the members (see {@link Membership}).
     */
    public AuditPage history(UUID id, PageRequest page) {
        Membership viewer = access.membership(id);
        return audit.history(
                id,
                dk.partnerskab.audit.Audience.of(viewer.editor(), viewer.insider(), viewer.seesPeople()),
                viewer.insider(),
                page);
    }

    private void apply(Partnership p, PartnershipInput input) {
        p.name = input.name().strip();
        p.description = Text.blankToNull(input.description());
        p.purposes.clear();
        input.purposes().forEach(text -> p.purposes.add(text.strip()));
        p.principles.clear();
        input.principles().forEach(text -> p.principles.add(text.strip()));
        p.rulesOfProcedure = RichText.sanitise(input.rulesOfProcedure());
        p.economyNotes = Text.blankToNull(input.economyNotes());
        p.minMeetingsPerYear = input.minMeetingsPerYear();
        p.touch();
    }

    /**
     * The agreement's own fields, as the audit trail keeps them: read from the entity, so an edit
     * does not load the whole partnership view twice just to record it.
     */
    private static Map<String, Object> fields(Partnership p) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("name", p.name);
        fields.put("description", p.description);
        fields.put("status", p.status);
        fields.put("purposes", List.copyOf(p.purposes));
        fields.put("principles", List.copyOf(p.principles));
        fields.put("rulesOfProcedure", p.rulesOfProcedure);
        fields.put("economyNotes", p.economyNotes);
        fields.put("minMeetingsPerYear", p.minMeetingsPerYear);
        return fields;
    }

    /** The partnerships a person is a member of, with their role, by name. */
    @Transactional
    public List<MembershipView> membershipsOf(UUID personId) {
        return members.membershipsOf(personId);
    }
}
