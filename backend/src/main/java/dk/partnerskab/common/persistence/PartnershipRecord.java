package dk.partnerskab.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** A row that belongs to one partnership, whose access rules decide who sees and changes it. */
@MappedSuperclass
public abstract class PartnershipRecord extends Tracked {

    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;
}
