package dk.partnerskab.partnership.focusareas;

import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.persistence.SoftDeletes;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.partnership.Partnership;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.PartnershipRepository;
import dk.partnerskab.partnership.dto.FocusAreaInput;
import dk.partnerskab.partnership.dto.FocusAreaOrder;
import dk.partnerskab.partnership.dto.FocusAreaRef;
import dk.partnerskab.partnership.dto.FocusAreaView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
    private final SoftDeletes softDeletes;

    public FocusAreaService(
            FocusAreaRepository focusAreas,
            PartnershipRepository partnerships,
            PartnershipAccess access,
            AuditTrail audit,
            SoftDeletes softDeletes) {
        this.focusAreas = focusAreas;
        this.partnerships = partnerships;
        this.access = access;
        this.audit = audit;
        this.softDeletes = softDeletes;
    }

    /**
     * Why {@code focusAreaId} cannot be named in a body for this partnership, or empty when it can:
     * it must be one of the partnership's focus areas (not deleted).
     */
    public java.util.Optional<String> whyNotIn(UUID partnershipId, UUID focusAreaId) {
        return focusAreas.findIn(partnershipId, focusAreaId).isPresent()
                ? java.util.Optional.empty()
                : java.util.Optional.of("must be one of this partnership's focus areas");
    }

    /**
     * @throws ProblemException {@code validation-failed} naming {@code field} unless it is one of the
     *         partnership's focus areas
     */
    public void requireIn(UUID partnershipId, UUID focusAreaId, String field) {
        whyNotIn(partnershipId, focusAreaId).ifPresent(message -> {
            throw ProblemException.invalid(List.of(new Violation(field, "body", message)));
        });
    }

    /** References to the given focus areas (deleted ones too: what refers to them keeps its label), in one query. */
    public java.util.Map<UUID, FocusAreaRef> refs(java.util.Collection<UUID> ids) {
        java.util.Set<UUID> wanted =
                ids.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        java.util.Map<UUID, FocusAreaRef> refs = new java.util.HashMap<>();
        if (!wanted.isEmpty()) {
            focusAreas.refsIncludingDeleted(wanted).forEach(ref -> refs.put(ref.id(), ref));
        }
        return refs;
    }

    /** References to those of the given focus areas that are the partnership's and not deleted, in one query. */
    public java.util.Map<UUID, FocusAreaRef> livingRefs(UUID partnershipId, java.util.Collection<UUID> ids) {
        java.util.Set<UUID> wanted =
                ids.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        java.util.Map<UUID, FocusAreaRef> refs = new java.util.HashMap<>();
        if (!wanted.isEmpty()) {
            focusAreas
                    .list("partnershipId = ?1 and id in ?2", partnershipId, wanted)
                    .forEach(f -> refs.put(f.id, new FocusAreaRef(f.id, f.number, f.title)));
        }
        return refs;
    }

    /** Adds a focus area with the next number. Chair, secretariat and admins only. */
    @Transactional
    public FocusAreaView create(UUID partnershipId, FocusAreaInput input) {
        access.requireEditor(partnershipId);
        FocusArea area = new FocusArea();
        area.id = UUID.randomUUID();
        area.partnershipId = partnerships.findByIdOptional(partnershipId).orElseThrow(PartnershipAccess::notFound).id;
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
        area.softDelete();
        audit.record(partnershipId, ENTITY, id, AuditAction.DELETED, label(area), before, null);
    }

    /** Brings a deleted focus area back, with a new number if its old one was taken meanwhile. */
    @Transactional
    public FocusAreaView restore(UUID partnershipId, UUID id) {
        access.requireEditor(partnershipId);
        int oldNumber = softDeletes
                .deletedValue(FocusArea.class, id, "partnership_id", partnershipId, "number")
                .map(n -> ((Number) n).intValue())
                .orElseThrow(
                        () -> ProblemException.notFound("No deleted focus area with this id in this partnership."));
        boolean taken = focusAreas.livingOf(partnershipId).stream().anyMatch(f -> f.number == oldNumber);
        softDeletes.restore(
                FocusArea.class,
                id,
                "partnership_id",
                partnershipId,
                java.util.Map.of("number", taken ? focusAreas.nextNumber(partnershipId) : oldNumber));
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
        if (order.ids().size() != living.size()
                || !new HashSet<>(order.ids())
                        .equals(new HashSet<>(living.stream().map(f -> f.id).toList()))) {
            throw ProblemException.invalid(List.of(new Violation(
                    "ids",
                    "body",
                    "must list each of the partnership's current focus areas once; reload and try again")));
        }
        List<FocusAreaView> before = living.stream().map(FocusAreaView::of).toList();
        // Numbers are unique per partnership, so move every area out of the way before renumbering.
        living.forEach(f -> f.number = -f.number);
        focusAreas.flush();
        for (FocusArea area : living) {
            area.number = order.ids().indexOf(area.id) + 1;
            area.touch();
        }
        partnership.touch();
        focusAreas.flush();
        List<FocusAreaView> after = focusAreas.livingOf(partnershipId).stream()
                .map(FocusAreaView::of)
                .toList();
        audit.record(
                partnershipId,
                "PARTNERSHIP",
                partnershipId,
                AuditAction.UPDATED,
                partnership.name,
                java.util.Map.of("focusAreas", before),
                java.util.Map.of("focusAreas", after));
        return new Reordered(after, partnership.version);
    }

    /** The focus areas in their new order and the partnership's version after the change. */
    public record Reordered(List<FocusAreaView> focusAreas, long partnershipVersion) {}

    private FocusArea require(UUID partnershipId, UUID id) {
        return focusAreas
                .findIn(partnershipId, id)
                .orElseThrow(() -> ProblemException.notFound("No focus area with this id in this partnership."));
    }

    private void apply(FocusArea area, FocusAreaInput input) {
        area.title = input.title().strip();
        area.description = Text.blankToNull(input.description());
        area.retired = Boolean.TRUE.equals(input.retired());
        area.touch();
    }

    private static String label(FocusArea area) {
        return area.number + ". " + area.title;
    }
}
