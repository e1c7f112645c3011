package dk.partnerskab.partnership;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.person.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * The one place that decides whether the caller may see a partnership. Members see their
 * partnerships; admins and integrations see all. Anything else answers 404, so that a
 * partnership's existence is not confirmed to outsiders.
 */
@RequestScoped
public class PartnershipAccess {

    private final CurrentPerson me;
    private final PartnershipMemberRepository members;

    public PartnershipAccess(CurrentPerson me, PartnershipMemberRepository members) {
        this.me = me;
        this.members = members;
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
        boolean editor = me.caller().hasRole(Roles.ADMIN)
                || role.filter(r -> r == MemberRole.CHAIR || r == MemberRole.SECRETARIAT).isPresent();
        if (!editor) {
            throw new ProblemException(ProblemKey.FORBIDDEN,
                    "Only the partnership's chair and secretariat can change it; ask them to make this change.");
        }
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
