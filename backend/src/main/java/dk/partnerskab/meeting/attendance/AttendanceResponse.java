package dk.partnerskab.meeting.attendance;

/** A member's answer to an invitation: not yet answered, attending, or apologies (afbud). */
public enum AttendanceResponse {
    INVITED,
    ATTENDING,
    APOLOGIES
}
