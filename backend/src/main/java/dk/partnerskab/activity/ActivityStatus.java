package dk.partnerskab.activity;

public enum ActivityStatus {
    PLANNED,
    ONGOING,
    COMPLETED,
    CANCELLED
}
