package dk.partnerskab.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a mail about a meeting says, and to whom: the meeting feature decides who is invited and
 * still a member; the mails only word it.
 *
 * @param recipients the people the mail goes to (those without an e-mail address are skipped)
 */
public record MeetingNotice(
        UUID id,
        UUID partnershipId,
        String title,
        Instant startsAt,
        int durationMinutes,
        String place,
        String onlineUrl,
        LocalDate commentDeadline,
        int minutesVersion,
        List<UUID> recipients) {}
