package dk.partnerskab.meeting;

import dk.partnerskab.common.search.SearchPart;
import dk.partnerskab.common.search.SearchRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * The meetings' share of the search: agendas, minutes, decisions and follow-up items. The caller
 * says where drafts are searched; this only finds.
 */
@ApplicationScoped
public class MeetingSearch {

    public static final String AGENDA_ITEM = "AGENDA_ITEM";
    public static final String MINUTES = "MINUTES";
    public static final String DECISION = "DECISION";
    public static final String FOLLOW_UP = "FOLLOW_UP";

    /**
     * Whose drafts are searched besides what is published, or null for every partnership's.
     *
     * @param agendas the partnerships whose unpublished agendas are searched
     * @param minutes the partnerships whose unpublished minutes are searched
     */
    public record Drafts(UUID[] agendas, UUID[] minutes) {}

    /** Four selects, one per source, each with the meeting and agenda item a hit belongs to. */
    public SearchPart part(SearchRequest request, Drafts drafts) {
        String visible = request.visible("m.partnership_id");
        String columns = "m.starts_at as at, m.id as meeting_id, m.title as meeting_title, a.id as item_id";
        String draftAgendas = drafts == null
                ? ""
                : " and (m.agenda_published_at is not null or m.partnership_id = any(:draftAgendas))";
        String draftMinutes =
                drafts == null ? "" : " and (m.minutes_status = 'PUBLISHED' or m.partnership_id = any(:draftMinutes))";
        String agenda = "select '" + AGENDA_ITEM + "' as kind, a.id, m.partnership_id, a.title, a.agenda_text as body, "
                + "ts_rank(a.agenda_tsv, q.query) as rank, " + columns + " "
                + "from agenda_item a join meeting m on m.id = a.meeting_id cross join q "
                + "where a.deleted_at is null" + visible + draftAgendas + " and "
                + request.matches("a.agenda_tsv", "a.agenda_text");
        String minutes = "select '" + MINUTES + "' as kind, a.id, m.partnership_id, a.title, a.minutes_text as body, "
                + "ts_rank(a.minutes_tsv, q.query) as rank, " + columns + " "
                + "from agenda_item a join meeting m on m.id = a.meeting_id cross join q "
                + "where a.deleted_at is null and a.minutes_text is not null" + visible + draftAgendas + draftMinutes
                + " and " + request.matches("a.minutes_tsv", "a.minutes_text");
        String decisions = "select '" + DECISION + "' as kind, d.id, m.partnership_id, a.title, d.text as body, "
                + "ts_rank(d.text_tsv, q.query) as rank, " + columns + " "
                + "from decision d join agenda_item a on a.id = d.agenda_item_id join meeting m on m.id = d.meeting_id "
                + "cross join q "
                + "where d.deleted_at is null" + visible + draftMinutes + " and "
                + request.matches("d.text_tsv", "d.text");
        String followUps =
                "select '" + FOLLOW_UP + "' as kind, f.id, m.partnership_id, a.title, f.search_text as body, "
                        + "ts_rank(f.search_tsv, q.query) as rank, " + columns + " "
                        + "from follow_up_item f join agenda_item a on a.id = f.agenda_item_id join meeting m on m.id = f.meeting_id "
                        + "cross join q "
                        + "where f.deleted_at is null" + visible + draftMinutes + " and "
                        + request.matches("f.search_tsv", "f.search_text");
        String sql = agenda + " union all " + minutes + " union all " + decisions + " union all " + followUps;
        return drafts == null
                ? new SearchPart(sql)
                : new SearchPart(sql, Map.of("draftAgendas", drafts.agendas(), "draftMinutes", drafts.minutes()));
    }
}
