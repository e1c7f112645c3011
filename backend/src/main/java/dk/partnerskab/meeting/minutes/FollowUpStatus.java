package dk.partnerskab.meeting.minutes;

public enum FollowUpStatus {
    OPEN,
    DONE
}
