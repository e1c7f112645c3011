package dk.partnerskab.partnership.terms;

import dk.partnerskab.common.persistence.PartnershipRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A period in which one organisation chairs the partnership (and runs its secretariat). Deleted ones are kept for restoring. */
@Entity
@org.hibernate.annotations.SQLRestriction("deleted_at is null")
@Table(name = "chair_period")
public class ChairPeriod extends PartnershipRecord {

    /** The organisation, which the organisation feature owns; read it through OrganisationService. */
    @jakarta.persistence.Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    public String note;
}
