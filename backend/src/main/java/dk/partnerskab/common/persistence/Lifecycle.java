package dk.partnerskab.common.persistence;

import dk.partnerskab.common.security.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Fills in a {@link Tracked} row's id, times and names as it is written: the times from the
 * injected {@link Clock} (which tests replace), the names from the caller's token, or "system" for
 * work no caller asked for (the morning reminders).
 */
public class Lifecycle {

    static final String SYSTEM = "system";

    @PrePersist
    void created(Tracked row) {
        Instant now = now();
        if (row.id == null) {
            row.id = UUID.randomUUID();
        }
        row.createdAt = now;
        row.createdBy = actorName();
        row.updatedAt = now;
        row.updatedBy = row.createdBy;
    }

    @PreUpdate
    void updated(Tracked row) {
        row.updatedAt = now();
        row.updatedBy = actorName();
    }

    /** Now, by the application's clock. */
    public static Instant now() {
        return Arc.container().instance(Clock.class).get().instant();
    }

    /** Who is writing: the caller's name, or "system" for work no caller asked for. */
    public static String actorName() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        try (InstanceHandle<Caller> caller = Arc.container().instance(Caller.class)) {
            String name = caller.isAvailable() ? caller.get().name() : null;
            return name == null ? SYSTEM : name;
        } catch (RuntimeException noToken) {
            return SYSTEM;
        }
    }
}
