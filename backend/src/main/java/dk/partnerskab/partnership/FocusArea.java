package dk.partnerskab.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A numbered focus area (indsatsområde) of a partnership. */
@Entity
@Table(name = "focus_area")
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

    @Version
    public long version;
}
