package dk.partnerskab.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "measurement")
public class Measurement {

    @Id
    public UUID id;

    @Column(name = "indicator_id", nullable = false)
    public UUID indicatorId;

    @Column(name = "area_id", nullable = false)
    public UUID areaId;

    @Column(nullable = false)
    public String period;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(nullable = false)
    public BigDecimal value;

    public String source;

    public String note;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Version
    public long version;
}
