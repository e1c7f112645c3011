package dk.partnerskab.meeting.minutes;

import dk.partnerskab.common.paging.Like;
import dk.partnerskab.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, UUID> {

    public List<Decision> ofMeeting(UUID meetingId) {
        return list("meetingId = ?1 order by createdAt, id", meetingId);
    }

    /** Only decisions in published minutes, for callers who do not see draft minutes. */
    static final String PUBLISHED = " and exists (select 1 from Meeting pm where pm.id = d.meetingId "
            + "and pm.minutesStatus = dk.partnerskab.meeting.minutes.MinutesStatus.PUBLISHED)";

    /**
     * Rows of (decision, meeting, agenda item) for the register, newest meeting first.
     *
     * @param withDrafts whether decisions in minutes not yet published are included
     */
    public List<RegisterRow> register(UUID partnershipId, String text, boolean withDrafts, PageRequest page) {
        var query = getEntityManager()
                .createQuery(
                        "select new dk.partnerskab.meeting.minutes.DecisionRepository$RegisterRow(d.id, d.text, m.id, m.title, "
                                + "m.startsAt, a.id, a.title) "
                                + "from Decision d join Meeting m on m.id = d.meetingId join AgendaItem a on a.id = d.agendaItemId "
                                + "where d.partnershipId = :partnership"
                                + (text == null ? "" : " and lower(d.text) like :text" + Like.ESCAPE)
                                + (withDrafts ? "" : PUBLISHED)
                                + " order by m.startsAt desc, d.createdAt, d.id",
                        RegisterRow.class)
                .setParameter("partnership", partnershipId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        if (text != null) {
            query.setParameter("text", Like.containing(text));
        }
        return query.getResultList();
    }

    /** A decision in the register, with the meeting and agenda item it was made under. */
    public record RegisterRow(
            UUID id,
            String text,
            UUID meetingId,
            String meetingTitle,
            java.time.Instant startsAt,
            UUID itemId,
            String itemTitle) {}

    public long countRegister(UUID partnershipId, String text, boolean withDrafts) {
        String drafts = withDrafts ? "" : PUBLISHED;
        return text == null
                ? count("from Decision d where d.partnershipId = ?1" + drafts, partnershipId)
                : count(
                        "from Decision d where d.partnershipId = ?1 and lower(d.text) like ?2" + Like.ESCAPE + drafts,
                        partnershipId,
                        Like.containing(text));
    }

    /** The partnership's decisions in minutes not yet published: hidden from those who see only published minutes. */
    public java.util.Set<UUID> inDraftMinutes(UUID partnershipId) {
        return java.util.Set.copyOf(getEntityManager()
                .createQuery(
                        "select d.id from Decision d join Meeting m on m.id = d.meetingId "
                                + "where d.partnershipId = :p and m.minutesStatus <> dk.partnerskab.meeting.minutes.MinutesStatus.PUBLISHED",
                        UUID.class)
                .setParameter("p", partnershipId)
                .getResultList());
    }
}
