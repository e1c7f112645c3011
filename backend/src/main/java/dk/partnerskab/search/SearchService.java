package dk.partnerskab.search;

import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.meeting.MeetingSearch;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.PartnershipService;
import dk.partnerskab.search.dto.SearchHit;
import dk.partnerskab.search.dto.SearchPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final MeetingSearch meetings;
    private final PartnershipService partnerships;
    private final PartnershipAccess access;
    private final Clock clock;

    public SearchService(
            MeetingSearch meetings, PartnershipService partnerships, PartnershipAccess access, Clock clock) {
        this.meetings = meetings;
        this.partnerships = partnerships;
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
        MeetingSearch.Hits hits = meetings.search(words, scope(partnershipId), page);
        Map<UUID, String> names = partnerships.names(
                hits.page().stream().map(MeetingSearch.Hit::partnershipId).toList());
        List<SearchHit> items = hits.page().stream()
                .map(h -> new SearchHit(
                        SearchHitKind.valueOf(h.kind()),
                        h.id(),
                        h.partnershipId(),
                        names.get(h.partnershipId()),
                        h.meetingId(),
                        h.meetingTitle(),
                        h.startsAt().atZone(clock.getZone()).toOffsetDateTime(),
                        h.itemId(),
                        h.itemTitle(),
                        excerpt(h.body(), words)))
                .toList();
        return page.envelope(items, hits.total(), SearchPage::new);
    }

    /**
     * What the caller searches: every partnership with its drafts (admins), or their own, each with
     * the drafts their membership there shows them (the same rule as the meeting itself).
     */
    private MeetingSearch.Scope scope(UUID partnershipId) {
        PartnershipAccess.VisiblePartnerships visible = access.visible();
        if (partnershipId != null) {
            access.membership(partnershipId);
        }
        if (visible.all()) {
            return new MeetingSearch.Scope(true, partnershipId, null, null, null);
        }
        List<Membership> memberships =
                visible.ids().stream().map(access::membership).toList();
        return new MeetingSearch.Scope(
                false,
                partnershipId,
                ids(memberships, m -> true),
                ids(memberships, Membership::seesDraftAgendas),
                ids(memberships, m -> m.seesMinutes(false)));
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
