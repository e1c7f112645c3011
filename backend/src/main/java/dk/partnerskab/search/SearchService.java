package dk.partnerskab.search;

import dk.partnerskab.activity.ActivitySearch;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.search.SearchPart;
import dk.partnerskab.common.search.SearchRequest;
import dk.partnerskab.common.time.DbTimes;
import dk.partnerskab.goal.GoalSearch;
import dk.partnerskab.indicator.IndicatorSearch;
import dk.partnerskab.meeting.MeetingSearch;
import dk.partnerskab.partnership.AgreementSearch;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.PartnershipService;
import dk.partnerskab.proposal.ProposalSearch;
import dk.partnerskab.search.dto.SearchHit;
import dk.partnerskab.search.dto.SearchPage;
import dk.partnerskab.workinggroup.WorkingGroupSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;

/**
 * Full-text search in Danish over the meetings (agendas, minutes, decisions, follow-up items) and
 * the partnerships' goals, indicators, activities, proposals, working groups, focus areas and
 * agreement text, limited to the partnerships the caller is a member of. Each feature writes its
 * own select over its own tables; this puts them into one union so that ranking and paging span
 * them all. Members do not find the agenda of a meeting whose agenda the secretariat has not
 * published yet.
 */
@ApplicationScoped
public class SearchService {

    static final int MAX_WORDS = 8;
    static final int MIN_WORD_LENGTH = 2;
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final int EXCERPT_BEFORE = 80;
    private static final int EXCERPT_AFTER = 160;

    private final MeetingSearch meetings;
    private final AgreementSearch agreements;
    private final GoalSearch goals;
    private final IndicatorSearch indicators;
    private final ActivitySearch activities;
    private final ProposalSearch proposals;
    private final WorkingGroupSearch workingGroups;
    private final PartnershipService partnerships;
    private final PartnershipAccess access;
    private final EntityManager em;
    private final Clock clock;

    public SearchService(
            MeetingSearch meetings,
            AgreementSearch agreements,
            GoalSearch goals,
            IndicatorSearch indicators,
            ActivitySearch activities,
            ProposalSearch proposals,
            WorkingGroupSearch workingGroups,
            PartnershipService partnerships,
            PartnershipAccess access,
            EntityManager em,
            Clock clock) {
        this.meetings = meetings;
        this.agreements = agreements;
        this.goals = goals;
        this.indicators = indicators;
        this.activities = activities;
        this.proposals = proposals;
        this.workingGroups = workingGroups;
        this.partnerships = partnerships;
        this.access = access;
        this.em = em;
        this.clock = clock;
    }

    /**
     * The words of a query: letters and digits only, so they are safe both in a tsquery and in a
     * LIKE pattern.
     *
     * @throws ProblemException {@code validation-failed} on {@code q} when no word is long enough
     */
    static List<String> words(String q) {
        List<String> words = q == null
                ? List.of()
                : Arrays.stream(q.toLowerCase(DANISH).split("[^\\p{L}\\p{N}]+"))
                        .filter(w -> w.length() >= MIN_WORD_LENGTH)
                        .map(w -> w.length() > 50 ? w.substring(0, 50) : w)
                        .distinct()
                        .limit(MAX_WORDS)
                        .toList();
        if (words.isEmpty()) {
            throw ProblemException.invalid(
                    List.of(new Violation("q", "query", "must contain a word of at least 2 letters")));
        }
        return words;
    }

    @Transactional
    public SearchPage search(String q, UUID partnershipId, PageRequest page) {
        List<String> words = words(q);
        PartnershipAccess.VisiblePartnerships visible = access.visible();
        if (partnershipId != null) {
            access.membership(partnershipId);
        }
        SearchRequest request = new SearchRequest(words.size(), visible.all(), partnershipId);
        List<SearchPart> parts = List.of(
                meetings.part(request, drafts(visible)),
                agreements.part(request),
                goals.part(request),
                indicators.part(request),
                activities.part(request),
                proposals.part(request),
                workingGroups.part(request));
        String hits = "with q as (select to_tsquery('danish', :tsquery) as query), hits as ("
                + parts.stream().map(SearchPart::sql).collect(Collectors.joining(" union all ")) + ")";
        Query count = em.createNativeQuery(hits + " select count(*) from hits");
        bind(count, words, visible, partnershipId, parts);
        long total = ((Number) count.getSingleResult()).longValue();
        List<Object[]> rows = List.of();
        if (total > 0) {
            Query select = em.createNativeQuery(hits + " select kind, id, partnership_id, title, body, at, meeting_id, "
                    + "meeting_title, item_id from hits order by rank desc, at desc, kind, id");
            bind(select, words, visible, partnershipId, parts);
            select.setFirstResult(page.offset()).setMaxResults(page.size());
            rows = select.getResultList().stream().map(r -> (Object[]) r).toList();
        }
        Map<UUID, String> names = partnerships.names(
                rows.stream().map(r -> (UUID) r[2]).distinct().toList());
        List<SearchHit> items = rows.stream()
                .map(r -> {
                    UUID meetingId = (UUID) r[6];
                    return new SearchHit(
                            SearchHitKind.valueOf((String) r[0]),
                            (UUID) r[1],
                            (UUID) r[2],
                            names.get((UUID) r[2]),
                            (String) r[3],
                            meetingId,
                            (String) r[7],
                            meetingId == null
                                    ? null
                                    : DbTimes.instant(r[5])
                                            .atZone(clock.getZone())
                                            .toOffsetDateTime(),
                            (UUID) r[8],
                            excerpt((String) r[4], words));
                })
                .toList();
        return page.envelope(items, total, SearchPage::new);
    }

    private static void bind(
            Query query,
            List<String> words,
            PartnershipAccess.VisiblePartnerships visible,
            UUID partnershipId,
            List<SearchPart> parts) {
        query.setParameter(
                "tsquery", String.join(" & ", words.stream().map(w -> w + ":*").toList()));
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("like" + i, "%" + words.get(i) + "%");
        }
        if (!visible.all()) {
            query.setParameter("visible", visible.ids().toArray(UUID[]::new));
        }
        if (partnershipId != null) {
            query.setParameter("partnership", partnershipId);
        }
        parts.forEach(part -> part.parameters().forEach(query::setParameter));
    }

    /**
     * Whose drafts the caller finds: every partnership's (admins), or where their membership shows
     * them (the same rule as the meeting itself).
     */
    private MeetingSearch.Drafts drafts(PartnershipAccess.VisiblePartnerships visible) {
        if (visible.all()) {
            return null;
        }
        List<Membership> memberships =
                visible.ids().stream().map(access::membership).toList();
        return new MeetingSearch.Drafts(
                ids(memberships, Membership::seesDraftAgendas), ids(memberships, m -> m.seesMinutes(false)));
    }

    private static UUID[] ids(List<Membership> memberships, java.util.function.Predicate<Membership> rule) {
        return memberships.stream().filter(rule).map(Membership::partnershipId).toArray(UUID[]::new);
    }

    /** Plain text around the first word found, cut at word boundaries. */
    static String excerpt(String body, List<String> words) {
        String text =
                Parser.unescapeEntities(body, false).replaceAll("\\s+", " ").strip();
        String lower = text.toLowerCase(DANISH);
        int at = words.stream()
                .mapToInt(lower::indexOf)
                .filter(i -> i >= 0)
                .min()
                .orElse(0);
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
}
