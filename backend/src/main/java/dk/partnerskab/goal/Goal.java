package dk.partnerskab.goal;

import dk.partnerskab.common.persistence.PartnershipRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

@Entity
@Table(name = "goal")
@SQLRestriction("deleted_at is null")
public class Goal extends PartnershipRecord {

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
}
