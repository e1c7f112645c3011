package dk.partnerskab.partnership;

import dk.partnerskab.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A period in which one organisation chairs the partnership (and runs its secretariat). Deleted ones are kept for restoring. */
@Entity
@org.hibernate.annotations.SQLRestriction("deleted_at is null")
@Table(name = "chair_period")
public class ChairPeriod {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partnership_id")
    public Partnership partnership;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    public String note;

    @Column(name = "deleted_at")
    public java.time.Instant deletedAt;

    @Column(name = "updated_at", nullable = false)
    public java.time.Instant updatedAt;

    @Version
    public long version;
}
