package dk.partnerskab.organisation;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Organisations as other features use them. */
@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;

    public OrganisationService(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /**
     * An active organisation named in a request body.
     *
     * @throws ProblemException {@code validation-failed} naming {@code field} when there is none
     */
    public Organisation requireActive(UUID id, String field) {
        Organisation organisation = organisations.findById(id);
        if (organisation == null || !organisation.active) {
            throw ProblemException.invalid(List.of(new Violation(field, "body", "no active organisation has this id")));
        }
        return organisation;
    }

    public Organisation find(UUID id) {
        return id == null ? null : organisations.findById(id);
    }
}
