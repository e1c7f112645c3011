package dk.partnerskab.meeting;

import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.time.DbTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Danish full-text search over the meetings' agendas, minutes, decisions and follow-up items. The
 * caller says which partnerships, and where drafts, are searched; this only finds.
 */
@ApplicationScoped
public class MeetingSearch {

    private final EntityManager em;

    public MeetingSearch(EntityManager em) {
        this.em = em;
    }

    /**
     * Where to search.
     *
     * @param all whether every partnership is searched, with its drafts
     * @param partnershipId only this partnership, or null
     * @param visible the partnerships searched, unless {@code all}
     * @param draftAgendas those whose unpublished agendas are searched
     * @param draftMinutes those whose unpublished minutes are searched
     */
    public record Scope(boolean all, UUID partnershipId, UUID[] visible, UUID[] draftAgendas, UUID[] draftMinutes) {}

    /** One thing found, with its meeting and agenda item, and the text it was found in. */
    public record Hit(
            String kind,
            UUID id,
            UUID partnershipId,
            UUID meetingId,
            String meetingTitle,
            Instant startsAt,
            UUID itemId,
            String itemTitle,
            String body) {}

    public record Hits(long total, List<Hit> page) {}

    /** One page of what matches every word (as a stemmed prefix or a substring), best first. */
    @Transactional
    public Hits search(List<String> words, Scope scope, PageRequest page) {
        String hits = hitsSql(words.size(), scope);
        Query count = em.createNativeQuery("with " + hits + " select count(*) from hits");
        bind(count, words, scope);
        long total = ((Number) count.getSingleResult()).longValue();
        List<Hit> items = new ArrayList<>();
        if (total > 0) {
            Query select = em.createNativeQuery("with " + hits + " select kind, id, partnership_id, meeting_id, "
                    + "meeting_title, starts_at, item_id, item_title, body from hits "
                    + "order by rank desc, starts_at desc, kind, id");
            bind(select, words, scope);
            select.setFirstResult(page.offset()).setMaxResults(page.size());
            for (Object row : select.getResultList()) {
                Object[] r = (Object[]) row;
                items.add(new Hit(
                        (String) r[0],
                        (UUID) r[1],
                        (UUID) r[2],
                        (UUID) r[3],
                        (String) r[4],
                        DbTimes.instant(r[5]),
                        (UUID) r[6],
                        (String) r[7],
                        (String) r[8]));
            }
        }
        return new Hits(total, items);
    }

    /**
     * One union over the four sources. Each source's condition names its indexed columns (the
     * stored Danish vector for a stemmed prefix match, the text for every word as a substring) so
     * PostgreSQL can OR the two GIN indexes together.
     */
    private static String hitsSql(int wordCount, Scope scope) {
        String visible = (scope.all() ? "" : " and m.partnership_id = any(:visible)")
                + (scope.partnershipId() != null ? " and m.partnership_id = :partnership" : "");
        String query = "q as (select to_tsquery('danish', :tsquery) as query)";
        String columns = "m.partnership_id, m.id as meeting_id, m.title as meeting_title, "
                + "m.starts_at, a.id as item_id, a.title as item_title";
        String drafts =
                scope.all() ? "" : " and (m.agenda_published_at is not null or m.partnership_id = any(:draftAgendas))";
        String draftMinutes =
                scope.all() ? "" : " and (m.minutes_status = 'PUBLISHED' or m.partnership_id = any(:draftMinutes))";
        String agenda = "select 'AGENDA_ITEM' as kind, a.id, " + columns + ", a.agenda_text as body, "
                + "ts_rank(a.agenda_tsv, q.query) as rank "
                + "from agenda_item a join meeting m on m.id = a.meeting_id cross join q "
                + "where a.deleted_at is null" + visible + drafts + " and "
                + matches("a.agenda_tsv", "a.agenda_text", wordCount);
        String minutes = "select 'MINUTES' as kind, a.id, " + columns + ", a.minutes_text as body, "
                + "ts_rank(a.minutes_tsv, q.query) as rank "
                + "from agenda_item a join meeting m on m.id = a.meeting_id cross join q "
                + "where a.deleted_at is null and a.minutes_text is not null" + visible + drafts + draftMinutes
                + " and "
                + matches("a.minutes_tsv", "a.minutes_text", wordCount);
        String decisions = "select 'DECISION' as kind, d.id, " + columns + ", d.text as body, "
                + "ts_rank(d.text_tsv, q.query) as rank "
                + "from decision d join agenda_item a on a.id = d.agenda_item_id join meeting m on m.id = d.meeting_id "
                + "cross join q "
                + "where d.deleted_at is null" + visible + draftMinutes + " and "
                + matches("d.text_tsv", "d.text", wordCount);
        String followUps = "select 'FOLLOW_UP' as kind, f.id, " + columns + ", f.search_text as body, "
                + "ts_rank(f.search_tsv, q.query) as rank "
                + "from follow_up_item f join agenda_item a on a.id = f.agenda_item_id join meeting m on m.id = f.meeting_id "
                + "cross join q "
                + "where f.deleted_at is null" + visible + draftMinutes + " and "
                + matches("f.search_tsv", "f.search_text", wordCount);
        return query + ", hits as (" + agenda + " union all " + minutes + " union all " + decisions + " union all "
                + followUps + ")";
    }

    private static String matches(String vector, String text, int wordCount) {
        StringBuilder sql = new StringBuilder("(").append(vector).append(" @@ q.query or (");
        for (int i = 0; i < wordCount; i++) {
            sql.append(i == 0 ? "" : " and ")
                    .append(text)
                    .append(" ilike :like")
                    .append(i);
        }
        return sql.append("))").toString();
    }

    private static void bind(Query query, List<String> words, Scope scope) {
        query.setParameter(
                "tsquery", String.join(" & ", words.stream().map(w -> w + ":*").toList()));
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("like" + i, "%" + words.get(i) + "%");
        }
        if (!scope.all()) {
            query.setParameter("visible", scope.visible());
            query.setParameter("draftAgendas", scope.draftAgendas());
            query.setParameter("draftMinutes", scope.draftMinutes());
        }
        if (scope.partnershipId() != null) {
            query.setParameter("partnership", scope.partnershipId());
        }
    }
}
