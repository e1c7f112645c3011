package dk.partnerskab.meeting.attendance;

/** Whether an invited person was at the meeting, as the secretariat records it on the day. */
public enum Presence {
    PRESENT,
    ABSENT
}
