package dk.partnerskab.calendar;

import dk.partnerskab.audit.Audience;
import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.time.DbTimes;
import dk.partnerskab.meeting.MeetingService;
import dk.partnerskab.meeting.MeetingStatus;
import dk.partnerskab.partnership.PartnershipService;
import dk.partnerskab.partnership.members.MemberService;
import dk.partnerskab.person.CurrentPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Personal calendar feeds: a secret URL per person that a calendar program subscribes to without
 * logging in. Only the secret's hash is stored; making a new one revokes the old.
 */
@ApplicationScoped
public class CalendarFeedService {

    /** How far back the feed reaches; calendar programs keep what they saw before. */
    static final Duration HISTORY = Duration.ofDays(365);
    /** Bounds the feed for people in many partnerships; four meetings a year each leaves plenty. */
    static final int MAX_EVENTS = 1000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository feeds;
    private final CurrentPerson me;
    private final MeetingService meetings;
    private final MemberService members;
    private final PartnershipService partnerships;
    private final Clock clock;
    private final String spaUrl;
    private final AuditTrail audit;

    @Inject
    public CalendarFeedService(
            CalendarFeedRepository feeds,
            CurrentPerson me,
            MeetingService meetings,
            MemberService members,
            PartnershipService partnerships,
            Clock clock,
            @ConfigProperty(name = "partnerskab.spa-url") String spaUrl,
            AuditTrail audit) {
        this.audit = audit;
        this.feeds = feeds;
        this.me = me;
        this.meetings = meetings;
        this.members = members;
        this.partnerships = partnerships;
        this.clock = clock;
        this.spaUrl = spaUrl.replaceAll("/+$", "");
    }

    /** The caller's feed, without its secret: that is shown once, when it is made. */
    @Transactional
    public Optional<FeedState> state() {
        return feeds.ofPerson(me.id()).map(f -> new FeedState(time(f.createdAt()), time(f.lastUsedAt())));
    }

    /** Makes a new secret for the caller, replacing (and so revoking) any earlier one. */
    @Transactional
    public Created create() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        boolean replaced = feeds.ofPerson(me.id()).isPresent();
        feeds.replace(me.id(), hash(token), now);
        record(AuditAction.CREATED, Map.of("replacedEarlier", replaced));
        return new Created(token, now.atZone(clock.getZone()).toOffsetDateTime());
    }

    /** @return whether there was a feed to revoke */
    @Transactional
    public boolean revoke() {
        boolean revoked = feeds.deleteOfPerson(me.id()) > 0;
        if (revoked) {
            record(AuditAction.DELETED, null);
        }
        return revoked;
    }

    /**
     * A feed made or revoked, in the trail for the operators: its address lets anyone read the
     * owner's meetings, so who had one when matters. The secret itself is never recorded.
     */
    private void record(AuditAction action, Map<String, Object> after) {
        audit.record(
                Audience.EDITORS,
                null,
                "CALENDAR_FEED",
                me.id(),
                action,
                action == AuditAction.CREATED ? "Calendar feed made" : "Calendar feed revoked",
                null,
                after);
    }

    /**
     * The feed for a secret: the meetings of every partnership its owner is a member of now.
     *
     * @throws ProblemException {@code not-found} for an unknown or revoked secret
     */
    @Transactional
    public String feed(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            throw ProblemException.notFound("No calendar feed with this address; make a new one on your profile page.");
        }
        UUID person = feeds.use(hash(token), clock.instant())
                .orElseThrow(() -> ProblemException.notFound(
                        "No calendar feed with this address; make a new one on your profile page."));
        List<MeetingService.Scheduled> meetings = this.meetings.scheduled(
                members.representing(person).keySet(), clock.instant().minus(HISTORY), MAX_EVENTS);
        java.util.Map<UUID, String> names = partnerships.names(
                meetings.stream().map(MeetingService.Scheduled::partnershipId).toList());
        List<Ics.Event> events = new java.util.ArrayList<>(meetings.stream()
                .map(m -> event(
                        m.id(),
                        m.partnershipId(),
                        names.get(m.partnershipId()),
                        m.title(),
                        m.startsAt(),
                        m.durationMinutes(),
                        m.place(),
                        m.onlineUrl(),
                        m.status(),
                        m.version()))
                .toList());
        java.util.Collections.reverse(events);
        return Ics.calendar("Partnerskabsmøder", events, clock.instant());
    }

    /** One meeting as an event, with a link back to its page in the portal. */
    public Ics.Event event(
            UUID id,
            UUID partnershipId,
            String partnershipName,
            String title,
            Instant start,
            int durationMinutes,
            String place,
            String onlineUrl,
            MeetingStatus status,
            long version) {
        String url = spaUrl + "/partnerskaber/" + partnershipId + "/moeder/" + id;
        String description = partnershipName + (onlineUrl != null && place != null ? "\nOnline: " + onlineUrl : "")
                + "\nDagsorden og referat: " + url;
        return new Ics.Event(
                id,
                title,
                start,
                durationMinutes,
                place,
                onlineUrl,
                description,
                status == MeetingStatus.CANCELLED,
                version,
                url);
    }

    private OffsetDateTime time(Object value) {
        return DbTimes.at(value, clock.getZone());
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public record FeedState(OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {}

    public record Created(String token, OffsetDateTime createdAt) {}
}
