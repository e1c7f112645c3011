package dk.partnerskab.indicator;

import dk.partnerskab.common.persistence.PartnershipRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

@Entity
@Table(name = "indicator")
@SQLRestriction("deleted_at is null")
public class Indicator extends PartnershipRecord {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(nullable = false)
    public String unit;

    @Column(name = "up_is_good", nullable = false)
    public boolean upIsGood;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Frequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Aggregation aggregation;

    @Column(name = "allow_negative", nullable = false)
    public boolean allowNegative;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "baseline_period")
    public String baselinePeriod;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "target_period")
    public String targetPeriod;

    @Column(name = "data_source")
    public String dataSource;

    @Column(name = "owner_organisation_id")
    public UUID ownerOrganisationId;

    Period baseline() {
        return baselinePeriod == null
                ? null
                : Period.parse(baselinePeriod, frequency).orElse(null);
    }

    Period target() {
        return targetPeriod == null
                ? null
                : Period.parse(targetPeriod, frequency).orElse(null);
    }
}
