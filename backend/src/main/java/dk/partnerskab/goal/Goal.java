package dk.partnerskab.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

@Entity
@Table(name = "goal")
@SQLRestriction("deleted_at is null")
public class Goal {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(name = "focus_area_id")
    public UUID focusAreaId;

    @Column(name = "working_group_id")
    public UUID workingGroupId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "success_criterion")
    public String successCriterion;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "responsible_organisation_id")
    public UUID responsibleOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Version
    public long version;
}
