package dk.partnerskab.partnership;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.partnership.members.MemberRole;
import java.util.UUID;

/**
 * Who the caller is in one partnership, as {@link PartnershipAccess} resolved it once for the
 * request. Every finer rule of what a caller sees or may do is a method here, so that no feature
 * re-derives it with its own query.
 *
 * <p>The viewers, from most to least: <em>editors</em> (chair, the secretariat of the chairing
 * organisation, admins) see everything; <em>insiders</em> (editors and the members with role
 * chair, secretariat or member) also see what the members work on together: draft minutes,
 * comments, apologies with their reasons, each other's e-mail addresses; <em>observers</em> see
 * what is published and who takes part, without those details; <em>outsiders</em> (integrations,
 * which are not members) see only what is published and nothing about people.
 *
 * @param role the caller's role there, null for admins and integrations who are not members
 * @param organisationId the organisation the caller represents there, null when none
 * @param editRefusal why the caller may not change the partnership, null when they may
 */
public record Membership(
        UUID partnershipId, UUID personId, MemberRole role, UUID organisationId, boolean admin, String editRefusal) {

    public boolean isMember() {
        return role != null;
    }

    /** May change the partnership and everything in it. */
    public boolean editor() {
        return editRefusal == null;
    }

    /** Sees what the members work on: draft minutes, comments, apology reasons, e-mail addresses. */
    public boolean insider() {
        return editor() || (role != null && role != MemberRole.OBSERVER);
    }

    /** Sees who takes part (members, attendance, proposals), if not always their details. */
    public boolean seesPeople() {
        return role != null || editor();
    }

    /** Sees agendas before they are published: they are the secretariat's drafts until then. */
    public boolean seesDraftAgendas() {
        return editor();
    }

    /** Sees minutes in {@code published} or any earlier state. */
    public boolean seesMinutes(boolean published) {
        return published || insider();
    }

    /**
     * Reports figures for {@code organisationId}: editors for anyone, members (not observers) for
     * the organisation they represent.
     */
    public boolean reportsFor(UUID organisationId) {
        return editor() || (insider() && this.organisationId != null && this.organisationId.equals(organisationId));
    }

    /** Reports figures for someone: an editor, or a member who represents an organisation. */
    public boolean reportsAny() {
        return editor() || (insider() && organisationId != null);
    }

    /**
     * @throws ProblemException {@code forbidden} unless the caller may change the partnership
     */
    public Membership requireEditor() {
        if (!editor()) {
            throw new ProblemException(ProblemKey.FORBIDDEN, editRefusal);
        }
        return this;
    }

    /**
     * @throws ProblemException {@code forbidden} unless the caller is an insider
     */
    public Membership requireInsider(String refusal) {
        if (!insider()) {
            throw new ProblemException(ProblemKey.FORBIDDEN, refusal);
        }
        return this;
    }
}
