package dk.partnerskab.partnership;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.person.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The one place that decides whether the caller may see or change a partnership. Changing is for
 * the chair, admins, and the secretariat of the chairing organisation: when another organisation
 * takes the chair, the previous secretariat's rights pass to it unless a member keeps them.
 *
 * <p>Seeing: Members see their
 * partnerships; admins and integrations see all. Anything else answers 404, so that a
 * partnership's existence is not confirmed to outsiders.
 */
@RequestScoped
public class PartnershipAccess {

    private final CurrentPerson me;
    private final PartnershipMemberRepository members;
    private final Clock clock;

    public PartnershipAccess(CurrentPerson me, PartnershipMemberRepository members, Clock clock) {
        this.me = me;
        this.members = members;
        this.clock = clock;
    }

    /**
     * @return the caller's role there, empty for admins and integrations who are not members
     * @throws ProblemException {@code not-found} when the caller may not see the partnership
     */
    public Optional<MemberRole> requireVisible(UUID partnershipId) {
        Optional<MemberRole> role = members.roleOf(me.id(), partnershipId);
        if (role.isEmpty() && !seesAll()) {
            throw notFound();
        }
        return role;
    }

    /**
     * Only the partnership's chair and secretariat, and admins, change it.
     *
     * @throws ProblemException {@code not-found} when the caller may not see it,
     *         {@code forbidden} when they may see but not change it
     */
    public void requireEditor(UUID partnershipId) {
        Optional<MemberRole> role = requireVisible(partnershipId);
        editRefusal(partnershipId, role).ifPresent(reason -> {
            throw new ProblemException(ProblemKey.FORBIDDEN, reason);
        });
    }

    /** Whether the caller, who may see the partnership with this role, may also change it. */
    public boolean canEdit(UUID partnershipId, Optional<MemberRole> role) {
        return editRefusal(partnershipId, role).isEmpty();
    }

    private Optional<String> editRefusal(UUID partnershipId, Optional<MemberRole> role) {
        if (me.caller().hasRole(Roles.ADMIN) || role.filter(r -> r == MemberRole.CHAIR).isPresent()) {
            return Optional.empty();
        }
        if (role.filter(r -> r == MemberRole.SECRETARIAT).isEmpty()) {
            return Optional.of("Only the partnership's chair and secretariat can change it; ask them to make this change.");
        }
        String chair = members.secretariatHandedOver(me.id(), partnershipId, LocalDate.now(clock));
        return chair == null ? Optional.empty() : Optional.of(
                "The secretariat follows the chair, and " + chair + " chairs the partnership now; its secretariat makes changes.");
    }

    /** The person whose memberships restrict a list, or null when the caller sees everything. */
    public UUID restrictingMember() {
        return seesAll() ? null : me.id();
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

    static ProblemException notFound() {
        return ProblemException.notFound("No partnership with this id is visible to you.");
    }
}
