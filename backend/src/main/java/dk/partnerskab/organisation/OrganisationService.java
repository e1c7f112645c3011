package dk.partnerskab.organisation;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.organisation.dto.OrganisationInput;
import dk.partnerskab.organisation.dto.OrganisationPage;
import dk.partnerskab.organisation.dto.OrganisationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Organisations: every user reads them (to pick parties and members); admins maintain them. */
@ApplicationScoped
public class OrganisationService {

    static final String ENTITY = "ORGANISATION";

    private final OrganisationRepository organisations;
    private final AuditTrail audit;

    public OrganisationService(OrganisationRepository organisations, AuditTrail audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    public OrganisationPage list(String text, OrganisationKind kind, Boolean active, PageRequest page) {
        long total = organisations.count(text, kind, active);
        List<OrganisationView> items = total == 0
                ? List.of()
                : organisations.page(text, kind, active, page).stream()
                        .map(OrganisationView::of)
                        .toList();
        return page.envelope(items, total, OrganisationPage::new);
    }

    public OrganisationView get(UUID id) {
        return OrganisationView.of(require(id));
    }

    /**
     * @throws ProblemException {@code validation-failed} on {@code name} when taken, on {@code cvr}
     *         when the check digit is wrong
     */
    @Transactional
    public OrganisationView create(OrganisationInput input) {
        check(input, null);
        Organisation o = new Organisation();
        o.id = UUID.randomUUID();
        apply(o, input);
        organisations.persist(o);
        organisations.flush();
        OrganisationView view = OrganisationView.of(o);
        audit.record(null, ENTITY, o.id, AuditAction.CREATED, o.name, null, view);
        return view;
    }

    @Transactional
    public OrganisationView update(UUID id, long expectedVersion, OrganisationInput input) {
        Organisation o = require(id);
        Preconditions.requireVersion(expectedVersion, o.version);
        check(input, id);
        OrganisationView before = OrganisationView.of(o);
        apply(o, input);
        organisations.flush();
        OrganisationView after = OrganisationView.of(o);
        audit.record(null, ENTITY, id, AuditAction.UPDATED, o.name, before, after);
        return after;
    }

    /**
     * An active organisation named in a request body.
     *
     * @throws ProblemException {@code validation-failed} naming {@code field} when there is none
     */
    public OrganisationRef requireActive(UUID id, String field) {
        Organisation organisation = organisations.findById(id);
        if (organisation == null || !organisation.active) {
            throw ProblemException.invalid(List.of(new Violation(field, "body", "no active organisation has this id")));
        }
        return OrganisationRef.of(organisation);
    }

    /**
     * Why {@code id} cannot be named in a body now, or empty when it can: it must be an active
     * organisation.
     */
    public java.util.Optional<String> whyNotActive(UUID id) {
        Organisation organisation = organisations.findById(id);
        return organisation == null || !organisation.active
                ? java.util.Optional.of("no active organisation has this id")
                : java.util.Optional.empty();
    }

    /** References to the given organisations, read in one query. */
    public java.util.Map<UUID, OrganisationRef> refs(java.util.Collection<UUID> ids) {
        java.util.Set<UUID> wanted =
                ids.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        java.util.Map<UUID, OrganisationRef> refs = new java.util.HashMap<>();
        if (!wanted.isEmpty()) {
            organisations.list("id in ?1", wanted).forEach(o -> refs.put(o.id, OrganisationRef.of(o)));
        }
        return refs;
    }

    /** The organisation's name, for messages; the id itself when there is no such organisation. */
    public String nameOf(UUID id) {
        Organisation organisation = organisations.findById(id);
        return organisation == null ? id.toString() : organisation.name;
    }

    /** A reference to the organisation, or null for null or an id without one. */
    public OrganisationRef ref(UUID id) {
        Organisation organisation = id == null ? null : organisations.findById(id);
        return organisation == null ? null : OrganisationRef.of(organisation);
    }

    private Organisation require(UUID id) {
        Organisation o = organisations.findById(id);
        if (o == null) {
            throw ProblemException.notFound("No organisation with this id.");
        }
        return o;
    }

    private void check(OrganisationInput input, UUID self) {
        List<Violation> violations = new ArrayList<>();
        organisations
                .findByName(input.name())
                .filter(o -> !o.id.equals(self))
                .ifPresent(o ->
                        violations.add(new Violation("name", "body", "another organisation already has this name")));
        if (input.cvr() != null && !Cvr.isValid(input.cvr())) {
            violations.add(new Violation("cvr", "body", "is not a valid CVR number (check digit)"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static void apply(Organisation o, OrganisationInput input) {
        o.name = input.name().strip();
        o.kind = input.kind();
        o.cvr = input.cvr();
        o.active = input.active() == null || input.active();
    }
}
