package dk.partnerskab.partnership;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.partnership.dto.FocusAreaInput;
import dk.partnerskab.partnership.dto.FocusAreaOrder;
import dk.partnerskab.partnership.dto.FocusAreaView;
import dk.partnerskab.common.validation.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** Focus areas of a partnership: create, change, retire, delete and restore, reorder. */
@ApplicationScoped
public class FocusAreaService {

    static final String ENTITY = "FOCUS_AREA";

    private final FocusAreaRepository focusAreas;
    private final PartnershipRepository partnerships;
    private final PartnershipAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public FocusAreaService(FocusAreaRepository focusAreas, PartnershipRepository partnerships, PartnershipAccess access,
                            AuditTrail audit, Clock clock) {
        this.focusAreas = focusAreas;
        this.partnerships = partnerships;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a focus area with the next number. Chair, secretariat and admins only. */
    @Transactional
    public FocusAreaView create(UUID partnershipId, FocusAreaInput input) {
        access.requireEditor(partnershipId);
        FocusArea area = new FocusArea();
        area.id = UUID.randomUUID();
        area.partnership = partnerships.findByIdOptional(partnershipId).orElseThrow(PartnershipAccess::notFound);
        area.number = focusAreas.nextNumber(partnershipId);
        apply(area, input);
        focusAreas.persist(area);
        focusAreas.flush();
        FocusAreaView view = FocusAreaView.of(area);
        audit.record(partnershipId, ENTITY, area.id, AuditAction.CREATED, label(area), null, view);
        return view;
    }

    /**
     * @throws ProblemException {@code version-mismatch} when it changed since {@code expectedVersion}
     */
    @Transactional
    public FocusAreaView update(UUID partnershipId, UUID id, long expectedVersion, FocusAreaInput input) {
        access.requireEditor(partnershipId);
        FocusArea area = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, area.version);
        FocusAreaView before = FocusAreaView.of(area);
        apply(area, input);
        focusAreas.flush();
        FocusAreaView after = FocusAreaView.of(area);
        audit.record(partnershipId, ENTITY, id, AuditAction.UPDATED, label(area), before, after);
        return after;
    }

    /** Deletes softly: the secretariat can restore it from the history. */
    @Transactional
    public void delete(UUID partnershipId, UUID id, long expectedVersion) {
        access.requireEditor(partnershipId);
        FocusArea area = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, area.version);
        FocusAreaView before = FocusAreaView.of(area);
        area.deletedAt = clock.instant();
        area.updatedAt = area.deletedAt;
        audit.record(partnershipId, ENTITY, id, AuditAction.DELETED, label(area), before, null);
    }

    /** Brings a deleted focus area back, with a new number if its old one was taken meanwhile. */
    @Transactional
    public FocusAreaView restore(UUID partnershipId, UUID id) {
        access.requireEditor(partnershipId);
        int oldNumber = focusAreas.deletedNumber(partnershipId, id)
                .orElseThrow(() -> ProblemException.notFound("No deleted focus area with this id in this partnership."));
        boolean taken = focusAreas.livingOf(partnershipId).stream().anyMatch(f -> f.number == oldNumber);
        focusAreas.undelete(id, taken ? focusAreas.nextNumber(partnershipId) : oldNumber);
        focusAreas.getEntityManager().clear();
        FocusArea area = require(partnershipId, id);
        FocusAreaView view = FocusAreaView.of(area);
        audit.record(partnershipId, ENTITY, id, AuditAction.RESTORED, label(area), null, view);
        return view;
    }

    /**
     * Renumbers the focus areas 1, 2, 3 … in the given order.
     *
     * The order belongs to the agreement, so it is checked against and moves the partnership's version.
     *
     * @throws ProblemException {@code version-mismatch} when the partnership changed since
     *         {@code expectedVersion}; {@code validation-failed} on {@code ids} unless it lists exactly the
     *         current focus areas (someone may have added or deleted one meanwhile)
     */
    @Transactional
    public Reordered reorder(UUID partnershipId, long expectedVersion, FocusAreaOrder order) {
        access.requireEditor(partnershipId);
        Partnership partnership = focusAreas.getEntityManager().find(Partnership.class, partnershipId);
        Preconditions.requireVersion(expectedVersion, partnership.version);
        List<FocusArea> living = focusAreas.livingOf(partnershipId);
        if (order.ids().size() != living.size() || !new HashSet<>(order.ids()).equals(
                new HashSet<>(living.stream().map(f -> f.id).toList()))) {
            throw ProblemException.invalid(List.of(new Violation("ids", "body",
                    "must list each of the partnership's current focus areas once; reload and try again")));
        }
        List<FocusAreaView> before = living.stream().map(FocusAreaView::of).toList();
        // Numbers are unique per partnership, so move every area out of the way before renumbering.
        living.forEach(f -> f.number = -f.number);
        focusAreas.flush();
        for (FocusArea area : living) {
            area.number = order.ids().indexOf(area.id) + 1;
            area.updatedAt = clock.instant();
        }
        partnership.updatedAt = clock.instant();
        focusAreas.flush();
        List<FocusAreaView> after = focusAreas.livingOf(partnershipId).stream().map(FocusAreaView::of).toList();
        audit.record(partnershipId, "PARTNERSHIP", partnershipId, AuditAction.UPDATED, partnership.name,
                java.util.Map.of("focusAreas", before), java.util.Map.of("focusAreas", after));
        return new Reordered(after, partnership.version);
    }

    /** The focus areas in their new order and the partnership's version after the change. */
    public record Reordered(List<FocusAreaView> focusAreas, long partnershipVersion) {
    }

    private FocusArea require(UUID partnershipId, UUID id) {
        return focusAreas.findIn(partnershipId, id)
                .orElseThrow(() -> ProblemException.notFound("No focus area with this id in this partnership."));
    }

    private void apply(FocusArea area, FocusAreaInput input) {
        area.title = input.title().strip();
        area.description = Text.blankToNull(input.description());
        area.retired = Boolean.TRUE.equals(input.retired());
        area.updatedAt = clock.instant();
    }

    private static String label(FocusArea area) {
        return area.number + ". " + area.title;
    }
}
