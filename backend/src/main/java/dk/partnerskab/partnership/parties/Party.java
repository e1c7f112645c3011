package dk.partnerskab.partnership.parties;

import dk.partnerskab.common.persistence.PartnershipRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** An organisation that is a party to a partnership agreement. */
@Entity
@org.hibernate.annotations.SQLRestriction("deleted_at is null")
@Table(name = "party")
public class Party extends PartnershipRecord {

    /** The organisation, which the organisation feature owns; read it through OrganisationService. */
    @jakarta.persistence.Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    public int position;
}
