package dk.partnerskab.audit;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read an entry of the audit trail: decided when the write is recorded, from what the
 * written thing was then (a draft agenda, draft minutes, something about people), so the history
 * never shows a reader what the thing's own view hid from them at the time.
 */
public enum Audience {
    /** The chair, the secretariat and admins: drafts of the agenda. */
    EDITORS,
    /** Also the members (not observers): draft minutes, decisions and follow-ups in them, comments. */
    MEMBERS,
    /** Also observers: who takes part (memberships, attendance, proposals). */
    PARTICIPANTS,
    /** Every reader of the partnership, integrations too. */
    EVERYONE;

    /**
     * The audiences a reader belongs to.
     *
     * @param editor changes the partnership
     * @param insider a member who is not an observer (or an editor)
     * @param participant a member of any role (or an editor)
     */
    public static Set<Audience> of(boolean editor, boolean insider, boolean participant) {
        Set<Audience> audiences = EnumSet.of(EVERYONE);
        if (participant) {
            audiences.add(PARTICIPANTS);
        }
        if (insider) {
            audiences.add(MEMBERS);
        }
        if (editor) {
            audiences.add(EDITORS);
        }
        return audiences;
    }
}
