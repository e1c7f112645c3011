package dk.partnerskab.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A numbered focus area (indsatsområde) of a partnership. Deleted ones are kept for restoring. */
@Entity
@Table(name = "focus_area")
@SQLRestriction("deleted_at is null")
public class FocusArea {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partnership_id")
    public Partnership partnership;

    public int number;

    @Column(nullable = false)
    public String title;

    public String description;

    public boolean retired;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
