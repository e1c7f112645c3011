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
     * comments, whether or not the agenda was sent out first: an ad-hoc meeting has minutes too.
     *
     * @throws ProblemException {@code invalid-state-transition} naming the reason otherwise
     */
    static void requireWritable(Meeting meeting, Clock clock) {
        if (meeting.status == MeetingStatus.CANCELLED) {
            throw new ProblemException(
                    ProblemKey.INVALID_STATE_TRANSITION, "The meeting is cancelled; it has no minutes.");
        }
        LocalDate day = meeting.startsAt.atZone(clock.getZone()).toLocalDate();
        if (meeting.status != MeetingStatus.HELD && LocalDate.now(clock).isBefore(day)) {
            throw new ProblemException(
                    ProblemKey.INVALID_STATE_TRANSITION,
                    "Minutes are written from the meeting's day (" + day + "), not before.");
        }
        if (meeting.minutesStatus != MinutesStatus.DRAFT) {
            throw new ProblemException(
                    ProblemKey.INVALID_STATE_TRANSITION,
                    "The minutes are " + meeting.minutesStatus + "; only draft minutes change.");
        }
    }
}
