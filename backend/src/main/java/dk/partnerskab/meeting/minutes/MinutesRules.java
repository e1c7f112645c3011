package dk.partnerskab.meeting.minutes;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import dk.partnerskab.meeting.Meeting;
import dk.partnerskab.meeting.MeetingStatus;
import java.time.Clock;
import java.time.LocalDate;

/** When a meeting's minutes, decisions and follow-up items may be written. */
final class MinutesRules {

    private MinutesRules() {}

    /**
     * Minutes are written from the meeting's day (live, in meeting mode) until they are sent for
     * comments.
     *
     * @throws ProblemException {@code invalid-state-transition} otherwise
     */
    static void requireWritable(Meeting meeting, Clock clock) {
        LocalDate day = meeting.startsAt.atZone(clock.getZone()).toLocalDate();
        boolean underway = meeting.status == MeetingStatus.HELD
                || (meeting.status == MeetingStatus.AGENDA_PUBLISHED
                        && !LocalDate.now(clock).isBefore(day));
        if (!underway) {
            throw new ProblemException(
                    ProblemKey.INVALID_STATE_TRANSITION,
                    "Minutes are written from the meeting's day (" + day + ") once its agenda is published.");
        }
        if (meeting.minutesStatus != MinutesStatus.DRAFT) {
            throw new ProblemException(
                    ProblemKey.INVALID_STATE_TRANSITION,
                    "The minutes are " + meeting.minutesStatus + "; only draft minutes change.");
        }
    }
}
