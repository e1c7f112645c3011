package dk.partnerskab.audit;

import dk.partnerskab.person.InvitationAccepted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Who gained access to what, outside any one partnership: recorded in the trail for the
 * operators (these entries belong to no partnership's history).
 */
@ApplicationScoped
public class AccessEvents {

    private final AuditTrail audit;

    public AccessEvents(AuditTrail audit) {
        this.audit = audit;
    }

    /** In the transaction that binds the login, so the entry exists exactly when the binding does. */
    void invitationAccepted(@Observes InvitationAccepted accepted) {
        audit.recordAs(
                accepted.personId(),
                accepted.name(),
                Audience.EDITORS,
                null,
                "PERSON",
                accepted.personId(),
                AuditAction.UPDATED,
                "Login bound to an invited person",
                Map.of("login", "none"),
                Map.of("login", accepted.subject()));
    }
}
