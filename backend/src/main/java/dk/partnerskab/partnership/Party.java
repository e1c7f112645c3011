package dk.partnerskab.partnership;

import dk.partnerskab.organisation.Organisation;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** An organisation that is a party to a partnership agreement. */
@Entity
@org.hibernate.annotations.SQLRestriction("deleted_at is null")
@Table(name = "party")
public class Party {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partnership_id")
    public Partnership partnership;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public int position;

    @jakarta.persistence.Column(name = "deleted_at")
    public java.time.Instant deletedAt;

    @jakarta.persistence.Version
    public long version;
}
