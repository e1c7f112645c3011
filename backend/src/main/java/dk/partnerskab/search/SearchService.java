package dk.partnerskab.search;

import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.time.DbTimes;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.search.dto.SearchHit;
import dk.partnerskab.search.dto.SearchPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.parser.Parser;

/**
 * Full-text search in Danish over agendas, minutes, decisions and follow-up items, limited to the
 * partnerships the caller is a member of. Members do not find the agenda of a meeting whose agenda
 * the secretariat has not published yet.
 */
@ApplicationScoped
public class SearchService {

    static final int MAX_WORDS = 8;
    static final int MIN_WORD_LENGTH = 2;
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final int EXCERPT_BEFORE = 80;
    private static final int EXCERPT_AFTER = 160;

    private final EntityManager em;
    private final PartnershipAccess access;
    private final Clock clock;

    public SearchService(EntityManager em, PartnershipAccess access, Clock clock) {
        this.em = em;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The words of a query: letters and digits only, so they are safe both in a tsquery and in a
     * LIKE pattern.
     *
     * @throws ProblemException {@code validation-failed} on {@code q} when no word is long enough
     */
    static List<String> words(String q) {
        List<String> words = q == null ? List.of() : Arrays.stream(q.toLowerCase(DANISH).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= MIN_WORD_LENGTH).map(w -> w.length() > 50 ? w.substring(0, 50) : w)
                .distinct().limit(MAX_WORDS).toList();
        if (words.isEmpty()) {
            throw ProblemException.invalid(List.of(new Violation("q", "query", "must contain a word of at least 2 letters")));
        }
        return words;
    }

    @Transactional
    public SearchPage search(String q, UUID partnershipId, PageRequest page) {
        List<String> words = words(q);
        if (partnershipId != null) {
            access.requireVisible(partnershipId);
        }
        UUID member = access.restrictingMember();
        String hits = hitsSql(words.size(), member != null, partnershipId != null);
        Query count = em.createNativeQuery("with " + hits + " select count(*) from hits");
        bind(count, words, member, partnershipId);
        long total = ((Number) count.getSingleResult()).longValue();
        List<SearchHit> items = new ArrayList<>();
        if (total > 0) {
            Query select = em.createNativeQuery("with " + hits + " select kind, id, partnership_id, partnership_name, meeting_id, "
                    + "meeting_title, starts_at, item_id, item_title, body from hits "
                    + "order by rank desc, starts_at desc, kind, id");
            bind(select, words, member, partnershipId);
            select.setFirstResult(page.offset()).setMaxResults(page.size());
            for (Object row : select.getResultList()) {
                Object[] r = (Object[]) row;
                items.add(new SearchHit(SearchHitKind.valueOf((String) r[0]), (UUID) r[1], (UUID) r[2], (String) r[3], (UUID) r[4],
                        (String) r[5], time(r[6]), (UUID) r[7], (String) r[8], excerpt((String) r[9], words)));
            }
        }
        return new SearchPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    /**
     * One union over the four sources. Each source's condition names its indexed columns (the
     * stored Danish vector for a stemmed prefix match, the text for every word as a substring) so
     * PostgreSQL can OR the two GIN indexes together.
     */
    private static String hitsSql(int wordCount, boolean restricted, boolean onePartnership) {
        String visible = "visible as (select p.id, p.name from partnership p where true"
                + (restricted ? " and exists (select 1 from partnership_member pm where pm.partnership_id = p.id "
                + "and pm.person_id = :member and pm.deleted_at is null)" : "")
                + (onePartnership ? " and p.id = :partnership" : "") + ")";
        String query = "q as (select to_tsquery('danish', :tsquery) as query)";
        String columns = "m.partnership_id, v.name as partnership_name, m.id as meeting_id, m.title as meeting_title, "
                + "m.starts_at, a.id as item_id, a.title as item_title";
        String drafts = restricted ? " and m.agenda_published_at is not null" : "";
        String agenda = "select 'AGENDA_ITEM' as kind, a.id, " + columns + ", a.agenda_text as body, "
                + "ts_rank(a.agenda_tsv, q.query) as rank "
                + "from agenda_item a join meeting m on m.id = a.meeting_id join visible v on v.id = m.partnership_id cross join q "
                + "where a.deleted_at is null" + drafts + " and " + matches("a.agenda_tsv", "a.agenda_text", wordCount);
        String minutes = "select 'MINUTES' as kind, a.id, " + columns + ", a.minutes_text as body, "
                + "ts_rank(a.minutes_tsv, q.query) as rank "
                + "from agenda_item a join meeting m on m.id = a.meeting_id join visible v on v.id = m.partnership_id cross join q "
                + "where a.deleted_at is null and a.minutes_text is not null and "
                + matches("a.minutes_tsv", "a.minutes_text", wordCount);
        String decisions = "select 'DECISION' as kind, d.id, " + columns + ", d.text as body, "
                + "ts_rank(d.text_tsv, q.query) as rank "
                + "from decision d join agenda_item a on a.id = d.agenda_item_id join meeting m on m.id = d.meeting_id "
                + "join visible v on v.id = d.partnership_id cross join q "
                + "where d.deleted_at is null and " + matches("d.text_tsv", "d.text", wordCount);
        String followUps = "select 'FOLLOW_UP' as kind, f.id, " + columns + ", f.search_text as body, "
                + "ts_rank(f.search_tsv, q.query) as rank "
                + "from follow_up_item f join agenda_item a on a.id = f.agenda_item_id join meeting m on m.id = f.meeting_id "
                + "join visible v on v.id = f.partnership_id cross join q "
                + "where f.deleted_at is null and " + matches("f.search_tsv", "f.search_text", wordCount);
        return visible + ", " + query + ", hits as (" + agenda + " union all " + minutes + " union all " + decisions
                + " union all " + followUps + ")";
    }

    private static String matches(String vector, String text, int wordCount) {
        StringBuilder sql = new StringBuilder("(").append(vector).append(" @@ q.query or (");
        for (int i = 0; i < wordCount; i++) {
            sql.append(i == 0 ? "" : " and ").append(text).append(" ilike :like").append(i);
        }
        return sql.append("))").toString();
    }

    private static void bind(Query query, List<String> words, UUID member, UUID partnershipId) {
        query.setParameter("tsquery", String.join(" & ", words.stream().map(w -> w + ":*").toList()));
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("like" + i, "%" + words.get(i) + "%");
        }
        if (member != null) {
            query.setParameter("member", member);
        }
        if (partnershipId != null) {
            query.setParameter("partnership", partnershipId);
        }
    }

    /** Plain text around the first word found, cut at word boundaries. */
    static String excerpt(String body, List<String> words) {
        String text = Parser.unescapeEntities(body, false).replaceAll("\\s+", " ").strip();
        String lower = text.toLowerCase(DANISH);
        int at = words.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int start = Math.max(0, at - EXCERPT_BEFORE);
        int end = Math.min(text.length(), at + EXCERPT_AFTER);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space >= 0 && space < at ? space + 1 : start;
        }
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > at ? space : end;
        }
        return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
    }

    private OffsetDateTime time(Object value) {
        return DbTimes.at(value, clock.getZone());
    }
}
