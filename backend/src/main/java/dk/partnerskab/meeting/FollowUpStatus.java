package dk.partnerskab.meeting;

public enum FollowUpStatus {
    OPEN, DONE
}
