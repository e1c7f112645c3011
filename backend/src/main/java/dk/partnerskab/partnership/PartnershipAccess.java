package dk.partnerskab.partnership;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.members.MemberRole;
import dk.partnerskab.partnership.members.PartnershipMember;
import dk.partnerskab.partnership.members.PartnershipMemberRepository;
import dk.partnerskab.person.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one place that decides who the caller is in a partnership. It resolves the caller's
 * {@link Membership} once per request and partnership; every rule of what they see or may do asks
 * that membership.
 *
 * <p>Changing is for the chair, admins, and the secretariat of the chairing organisation: when
 * another organisation takes the chair, the previous secretariat's rights pass to it unless a
 * member keeps them. Seeing: members see their partnerships; admins and integrations see all. A
 * partnership that does not exist, or that the caller may not see, answers 404 for everyone, so
 * that its existence is not confirmed to outsiders.
 */
@RequestScoped
public class PartnershipAccess {

    private final CurrentPerson me;
    private final PartnershipMemberRepository members;
    private final PartnershipRepository partnerships;
    private final OrganisationService organisations;
    private final Clock clock;
    private final Map<UUID, Membership> resolved = new HashMap<>();
    private VisiblePartnerships visible;

    public PartnershipAccess(
            CurrentPerson me,
            PartnershipMemberRepository members,
            PartnershipRepository partnerships,
            OrganisationService organisations,
            Clock clock) {
        this.me = me;
        this.members = members;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * The caller's membership of a partnership they may see.
     *
     * @throws ProblemException {@code not-found} when it does not exist or the caller may not see it
     */
    public Membership membership(UUID partnershipId) {
        Membership membership = resolved.get(partnershipId);
        if (membership == null) {
            membership = resolve(partnershipId);
            resolved.put(partnershipId, membership);
        }
        return membership;
    }

    /**
     * @throws ProblemException {@code not-found} when the caller may not see the partnership,
     *         {@code forbidden} when they may see but not change it
     */
    public Membership requireEditor(UUID partnershipId) {
        return membership(partnershipId).requireEditor();
    }

    /** The partnerships the caller may see, as one predicate for list queries. */
    public VisiblePartnerships visible() {
        if (visible == null) {
            visible = seesAll() ? VisiblePartnerships.ALL : new VisiblePartnerships(false, resolveAll());
        }
        return visible;
    }

    /** Every membership of the caller, in one query, kept for the rest of the request. */
    private Set<UUID> resolveAll() {
        UUID personId = me.id();
        boolean admin = me.caller().hasRole(Roles.ADMIN);
        for (PartnershipMember row : members.list("personId", personId)) {
            resolved.computeIfAbsent(
                    row.partnershipId,
                    id -> new Membership(id, personId, row.role, row.organisationId, admin, editRefusal(admin, row)));
        }
        return Set.copyOf(resolved.keySet());
    }

    private Membership resolve(UUID partnershipId) {
        UUID personId = me.id();
        Optional<PartnershipMember> row = members.findOf(personId, partnershipId);
        if (row.isEmpty() && !(seesAll() && partnerships.exists(partnershipId))) {
            throw notFound();
        }
        MemberRole role = row.map(m -> m.role).orElse(null);
        UUID organisationId = row.map(m -> m.organisationId).orElse(null);
        boolean admin = me.caller().hasRole(Roles.ADMIN);
        return new Membership(
                partnershipId, personId, role, organisationId, admin, editRefusal(admin, row.orElse(null)));
    }

    private String editRefusal(boolean admin, PartnershipMember member) {
        if (admin || (member != null && member.role == MemberRole.CHAIR)) {
            return null;
        }
        if (member == null || member.role != MemberRole.SECRETARIAT) {
            return "Only the partnership's chair and secretariat can change it; ask them to make this change.";
        }
        if (member.keepsSecretariatRights || member.organisationId == null) {
            return null;
        }
        UUID chair = members.chairingOrganisation(member.partnershipId, LocalDate.now(clock))
                .orElse(null);
        if (chair == null || chair.equals(member.organisationId)) {
            return null;
        }
        return "The secretariat follows the chair, and " + organisations.nameOf(chair)
                + " chairs the partnership now; its secretariat makes changes.";
    }

    /** Admins and integrations read every partnership; everyone else only their own. */
    private boolean seesAll() {
        return me.caller().hasRole(Roles.ADMIN) || me.caller().hasRole(Roles.INTEGRATION);
    }

    /** The caller's name as the audit columns record it. */
    public String actorName() {
        return me.caller().name();
    }

    public UUID personId() {
        return me.id();
    }

    public static ProblemException notFound() {
        return ProblemException.notFound("No partnership with this id is visible to you.");
    }

    /**
     * The partnerships a caller may see: all of them, or those in {@code ids}.
     *
     * @param all whether the caller sees every partnership (admins, integrations)
     * @param ids the partnerships the caller is a member of, when not {@code all}
     */
    public record VisiblePartnerships(boolean all, Set<UUID> ids) {

        static final VisiblePartnerships ALL = new VisiblePartnerships(true, Set.of());
    }
}
