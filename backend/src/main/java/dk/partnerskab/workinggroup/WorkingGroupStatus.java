package dk.partnerskab.workinggroup;

/** A working group is active until it is closed with its closing report. */
public enum WorkingGroupStatus {
    ACTIVE,
    CLOSED
}
