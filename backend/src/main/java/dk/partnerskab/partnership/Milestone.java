package dk.partnerskab.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A dated step in a partnership's timeline, such as a citizens' meeting. */
@Entity
@Table(name = "milestone")
public class Milestone {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partnership_id")
    public Partnership partnership;

    @Column(name = "occurs_on", nullable = false)
    public LocalDate occursOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false)
    public DatePrecision datePrecision;

    @Column(nullable = false)
    public String title;

    public String description;
}
