package dk.partnerskab.partnership.focusareas;

import dk.partnerskab.common.persistence.PartnershipRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

/** A numbered focus area (indsatsområde) of a partnership. Deleted ones are kept for restoring. */
@Entity
@Table(name = "focus_area")
@SQLRestriction("deleted_at is null")
public class FocusArea extends PartnershipRecord {

    public int number;

    @Column(nullable = false)
    public String title;

    public String description;

    public boolean retired;
}
