package dk.partnerskab.audit;

public enum AuditAction {
    CREATED,
    UPDATED,
    DELETED,
    RESTORED
}
