package dk.partnerskab.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The lifecycle every editable row shares: its id, its version for optimistic locking, when and by
 * whom it was created and last changed, and when it was deleted. {@link Lifecycle} fills in the
 * times from the application's clock and the names from the caller, so no service sets them.
 */
@MappedSuperclass
@EntityListeners(Lifecycle.class)
public abstract class Tracked {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** When it was deleted; deleted rows are kept, hidden, so that they can be restored. */
    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** Deletes softly: the row is hidden from every query and can be restored with {@link SoftDeletes}. */
    public void softDelete() {
        deletedAt = Lifecycle.now();
    }

    /**
     * Records a change that is not in this row's own columns (its children's order, a file), so that
     * the row's version moves and an edit based on the old version is refused.
     */
    public void touch() {
        updatedAt = Lifecycle.now();
    }
}
