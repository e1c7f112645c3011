package dk.partnerskab.person;

import dk.partnerskab.common.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The caller's person id, resolved at most once per request. */
@RequestScoped
public class CurrentPerson {

    private static final Logger LOG = Logger.getLogger(CurrentPerson.class);

    private final PersonRegistry registry;
    private final Caller caller;
    private UUID id;

    public CurrentPerson(PersonRegistry registry, Caller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    public UUID id() {
        if (id == null) {
            try {
                id = registry.resolve(caller);
            } catch (RuntimeException firstLoginRace) {
                // A parallel request created the same person a moment ago; it is there now.
                LOG.debugf(firstLoginRace, "Retrying person resolution for %s", caller.subject());
                id = registry.resolve(caller);
            }
        }
        return id;
    }

    public Caller caller() {
        return caller;
    }
}
