package dk.partnerskab.meeting.minutes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.time.DbTimes;
import dk.partnerskab.meeting.Meeting;
import dk.partnerskab.meeting.MeetingRepository;
import dk.partnerskab.meeting.dto.AgendaItemView;
import dk.partnerskab.meeting.dto.FollowUpView;
import dk.partnerskab.meeting.dto.MinutesChange;
import dk.partnerskab.meeting.dto.MinutesSnapshotItem;
import dk.partnerskab.meeting.dto.MinutesVersionSummary;
import dk.partnerskab.meeting.dto.MinutesVersionView;
import dk.partnerskab.partnership.PartnershipAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/** The published versions of a meeting's minutes, and what each correction changed. */
@ApplicationScoped
public class MinutesVersions {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));
    private static final TypeReference<List<MinutesSnapshotItem>> ITEMS = new TypeReference<>() {};

    private final MinutesVersionRepository versions;
    private final MeetingRepository meetings;
    private final PartnershipAccess access;
    private final ObjectMapper json;
    private final Clock clock;

    public MinutesVersions(
            MinutesVersionRepository versions,
            MeetingRepository meetings,
            PartnershipAccess access,
            ObjectMapper json,
            Clock clock) {
        this.versions = versions;
        this.meetings = meetings;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the minutes as they are now as the meeting's next version. */
    void record(Meeting meeting, List<AgendaItemView> agenda, String reason) {
        List<MinutesSnapshotItem> items =
                agenda.stream().map(MinutesVersions::snapshot).toList();
        try {
            versions.insert(
                    meeting.id,
                    meeting.minutesVersion,
                    meeting.minutesPublishedAt,
                    access.actorName(),
                    reason,
                    json.writeValueAsString(items));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("minutes snapshot could not be written", e);
        }
    }

    @Transactional
    public List<MinutesVersionSummary> list(UUID partnershipId, UUID meetingId) {
        access.membership(partnershipId);
        require(partnershipId, meetingId);
        return versions.ofMeeting(meetingId).stream()
                .map(r -> new MinutesVersionSummary(r.number(), time(r.publishedAt()), r.publishedBy(), r.reason()))
                .toList();
    }

    /** @throws ProblemException {@code not-found} for a version that was never published */
    @Transactional
    public MinutesVersionView get(UUID partnershipId, UUID meetingId, int number) {
        access.membership(partnershipId);
        require(partnershipId, meetingId);
        List<MinutesVersionRepository.Version> rows = versions.withPrevious(meetingId, number);
        if (rows.isEmpty() || rows.get(0).number() != number) {
            throw ProblemException.notFound("The minutes have no published version " + number + ".");
        }
        MinutesVersionRepository.Version r = rows.get(0);
        List<MinutesSnapshotItem> items = read(r.content());
        List<MinutesChange> changes = rows.size() > 1 ? changes(read(rows.get(1).content()), items) : List.of();
        return new MinutesVersionView(number, time(r.publishedAt()), r.publishedBy(), r.reason(), items, changes);
    }

    /** The differences item by item, in the order of the newer version, removed items last. */
    static List<MinutesChange> changes(List<MinutesSnapshotItem> before, List<MinutesSnapshotItem> after) {
        Map<UUID, MinutesSnapshotItem> old =
                before.stream().collect(Collectors.toMap(MinutesSnapshotItem::agendaItemId, Function.identity()));
        Set<UUID> seen = new LinkedHashSet<>();
        List<MinutesChange> changes = new ArrayList<>();
        for (MinutesSnapshotItem now : after) {
            seen.add(now.agendaItemId());
            MinutesSnapshotItem was = old.get(now.agendaItemId());
            if (was == null) {
                changes.add(new MinutesChange(
                        now.agendaItemId(), now.title(), MinutesChangeKind.ITEM_ADDED, null, now.title()));
                continue;
            }
            String textBefore = plain(was.minutes());
            String textAfter = plain(now.minutes());
            if (!Objects.equals(textBefore, textAfter)) {
                changes.add(new MinutesChange(
                        now.agendaItemId(), now.title(), MinutesChangeKind.MINUTES_CHANGED, textBefore, textAfter));
            }
            listChanges(
                    changes,
                    now,
                    was.decisions(),
                    now.decisions(),
                    MinutesChangeKind.DECISION_REMOVED,
                    MinutesChangeKind.DECISION_ADDED);
            listChanges(
                    changes,
                    now,
                    was.followUps(),
                    now.followUps(),
                    MinutesChangeKind.FOLLOW_UP_REMOVED,
                    MinutesChangeKind.FOLLOW_UP_ADDED);
        }
        for (MinutesSnapshotItem was : before) {
            if (!seen.contains(was.agendaItemId())) {
                changes.add(new MinutesChange(
                        was.agendaItemId(), was.title(), MinutesChangeKind.ITEM_REMOVED, was.title(), null));
            }
        }
        return changes;
    }

    private static void listChanges(
            List<MinutesChange> changes,
            MinutesSnapshotItem item,
            List<String> before,
            List<String> after,
            MinutesChangeKind removed,
            MinutesChangeKind added) {
        before.stream()
                .filter(b -> !after.contains(b))
                .forEach(b -> changes.add(new MinutesChange(item.agendaItemId(), item.title(), removed, b, null)));
        after.stream()
                .filter(a -> !before.contains(a))
                .forEach(a -> changes.add(new MinutesChange(item.agendaItemId(), item.title(), added, null, a)));
    }

    private static MinutesSnapshotItem snapshot(AgendaItemView item) {
        return new MinutesSnapshotItem(
                item.id(),
                item.number(),
                item.title(),
                item.minutes(),
                item.decisions().stream().map(d -> d.text()).toList(),
                item.followUps().stream().map(MinutesVersions::describe).toList());
    }

    private static String describe(FollowUpView f) {
        List<String> who = new ArrayList<>();
        if (f.responsiblePerson() != null) {
            who.add(f.responsiblePerson().name());
        }
        if (f.responsibleOrganisation() != null) {
            who.add(f.responsibleOrganisation().name());
        }
        return f.title()
                + (who.isEmpty() ? "" : " – ansvarlig: " + String.join(", ", who))
                + (f.dueDate() == null ? "" : ", senest " + f.dueDate().format(DAY));
    }

    private static String plain(String html) {
        return html == null ? null : Jsoup.parse(html).text();
    }

    private List<MinutesSnapshotItem> read(String content) {
        try {
            return json.readValue(content, ITEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored minutes snapshot is unreadable", e);
        }
    }

    private void require(UUID partnershipId, UUID meetingId) {
        meetings.findIn(partnershipId, meetingId)
                .orElseThrow(() -> ProblemException.notFound("No meeting with this id in this partnership."));
    }

    private OffsetDateTime time(Object value) {
        return DbTimes.at(value, clock.getZone());
    }
}
