package dk.partnerskab.goal;

import dk.partnerskab.audit.Audience;
import dk.partnerskab.audit.AuditAction;
import dk.partnerskab.audit.AuditTrail;
import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import dk.partnerskab.common.validation.Text;
import dk.partnerskab.goal.dto.GoalInput;
import dk.partnerskab.goal.dto.GoalPage;
import dk.partnerskab.goal.dto.GoalView;
import dk.partnerskab.indicator.IndicatorService;
import dk.partnerskab.indicator.IndicatorStatus;
import dk.partnerskab.indicator.dto.IndicatorView;
import dk.partnerskab.organisation.OrganisationRef;
import dk.partnerskab.organisation.OrganisationService;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import dk.partnerskab.partnership.dto.FocusAreaRef;
import dk.partnerskab.partnership.focusareas.FocusAreaService;
import dk.partnerskab.partnership.parties.PartyService;
import dk.partnerskab.workinggroup.WorkingGroupService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Goals under focus areas and working groups; their traffic light is the worst of their indicators'. */
@ApplicationScoped
public class GoalService {

    static final String ENTITY = "GOAL";

    private final GoalRepository goals;
    private final IndicatorService indicators;
    private final FocusAreaService focusAreas;
    private final WorkingGroupService workingGroups;
    private final PartyService parties;
    private final OrganisationService organisations;
    private final PartnershipAccess access;
    private final AuditTrail audit;

    public GoalService(
            GoalRepository goals,
            IndicatorService indicators,
            FocusAreaService focusAreas,
            WorkingGroupService workingGroups,
            PartyService parties,
            OrganisationService organisations,
            PartnershipAccess access,
            AuditTrail audit) {
        this.goals = goals;
        this.indicators = indicators;
        this.focusAreas = focusAreas;
        this.workingGroups = workingGroups;
        this.parties = parties;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
    }

    /** @param workingGroupId only this working group's goals, or null for all */
    @Transactional
    public GoalPage list(UUID partnershipId, UUID workingGroupId, PageRequest page) {
        return list(partnershipId, workingGroupId, null, page);
    }

    /** @param status only goals with this status, or null for all */
    @Transactional
    public GoalPage list(UUID partnershipId, UUID workingGroupId, GoalStatus status, PageRequest page) {
        Membership viewer = access.membership(partnershipId);
        // A group the viewer may not see yet is not there for them; its goals are not listed by it.
        if (workingGroupId != null && !viewer.seesMinutes(false) && workingGroups.inDraftMinutes(workingGroupId)) {
            throw ProblemException.notFound("No working group with this id in this partnership.");
        }
        long total = goals.countIn(partnershipId, workingGroupId, status);
        List<Goal> found = total == 0 ? List.of() : goals.pageIn(partnershipId, workingGroupId, status, page);
        return page.envelope(views(partnershipId, viewer, found), total, GoalPage::new);
    }

    @Transactional
    public GoalView get(UUID partnershipId, UUID id) {
        Membership viewer = access.membership(partnershipId);
        return views(partnershipId, viewer, List.of(require(partnershipId, id))).get(0);
    }

    @Transactional
    public GoalView create(UUID partnershipId, GoalInput input) {
        access.requireEditor(partnershipId);
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.partnershipId = partnershipId;
        apply(partnershipId, goal, input);
        goals.persist(goal);
        setIndicators(partnershipId, goal.id, input.indicatorIds());
        goals.flush();
        GoalView view = get(partnershipId, goal.id);
        audit.record(audienceOf(goal), partnershipId, ENTITY, goal.id, AuditAction.CREATED, goal.title, null, view);
        return view;
    }

    @Transactional
    public GoalView update(UUID partnershipId, UUID id, long expectedVersion, GoalInput input) {
        access.requireEditor(partnershipId);
        Goal goal = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, goal.version);
        GoalView before = get(partnershipId, id);
        apply(partnershipId, goal, input);
        setIndicators(partnershipId, id, input.indicatorIds());
        goals.flush();
        GoalView after = get(partnershipId, id);
        audit.record(audienceOf(goal), partnershipId, ENTITY, id, AuditAction.UPDATED, goal.title, before, after);
        return after;
    }

    @Transactional
    public void delete(UUID partnershipId, UUID id, long expectedVersion) {
        access.requireEditor(partnershipId);
        Goal goal = require(partnershipId, id);
        Preconditions.requireVersion(expectedVersion, goal.version);
        GoalView before = get(partnershipId, id);
        goal.softDelete();
        goals.flush();
        audit.record(audienceOf(goal), partnershipId, ENTITY, id, AuditAction.DELETED, goal.title, before, null);
    }

    private Goal require(UUID partnershipId, UUID id) {
        return goals.findIn(partnershipId, id)
                .orElseThrow(() -> ProblemException.notFound("No goal with this id in this partnership."));
    }

    private void apply(UUID partnershipId, Goal goal, GoalInput input) {
        List<Violation> violations = new ArrayList<>();
        if (input.focusAreaId() != null) {
            focusAreas
                    .whyNotIn(partnershipId, input.focusAreaId())
                    .ifPresent(message -> violations.add(new Violation("focusAreaId", "body", message)));
        }
        if (input.workingGroupId() != null) {
            workingGroups
                    .whyNotIn(partnershipId, input.workingGroupId(), false)
                    .ifPresent(message -> violations.add(new Violation("workingGroupId", "body", message)));
        }
        if (input.responsibleOrganisationId() != null) {
            parties.whyNotActiveParty(partnershipId, input.responsibleOrganisationId())
                    .ifPresent(message -> violations.add(new Violation("responsibleOrganisationId", "body", message)));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        goal.title = input.title().strip();
        goal.description = Text.blankToNull(input.description());
        goal.successCriterion = Text.blankToNull(input.successCriterion());
        goal.dueDate = input.dueDate();
        goal.responsibleOrganisationId = input.responsibleOrganisationId();
        goal.focusAreaId = input.focusAreaId();
        goal.workingGroupId = input.workingGroupId();
        goal.status = input.status() == null ? GoalStatus.ACTIVE : input.status();
        goal.touch();
    }

    private void setIndicators(UUID partnershipId, UUID goalId, List<UUID> indicatorIds) {
        Set<UUID> wanted = indicatorIds == null ? Set.of() : new LinkedHashSet<>(indicatorIds);
        if (!indicators.allIn(partnershipId, wanted)) {
            throw ProblemException.invalid(
                    List.of(new Violation("indicatorIds", "body", "must be indicators of this partnership")));
        }
        goals.replaceIndicators(goalId, wanted);
    }

    /** A goal under a working group that only members see yet names the group: it is the members' too. */
    private Audience audienceOf(Goal goal) {
        return goal.workingGroupId != null && workingGroups.inDraftMinutes(goal.workingGroupId)
                ? Audience.MEMBERS
                : Audience.EVERYONE;
    }

    /** Whether every one of {@code ids} is a (living) goal of the partnership. */
    public boolean allIn(UUID partnershipId, java.util.Collection<UUID> ids) {
        Set<UUID> wanted = Set.copyOf(ids);
        return wanted.isEmpty() || goals.countAmong(partnershipId, wanted) == wanted.size();
    }

    /** The titles of those of {@code ids} that are living goals, by title. */
    public Map<UUID, String> titles(java.util.Collection<UUID> ids) {
        Map<UUID, String> titles = new java.util.LinkedHashMap<>();
        if (!ids.isEmpty()) {
            goals.byTitle(ids).forEach(g -> titles.put(g.id, g.title));
        }
        return titles;
    }

    /** Views with their indicators' statuses, computed for all goals on the page together. */
    private List<GoalView> views(UUID partnershipId, Membership viewer, List<Goal> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        boolean canEdit = viewer.editor();
        List<GoalRepository.IndicatorLink> links =
                goals.indicatorLinks(page.stream().map(g -> g.id).toList());
        Set<UUID> indicatorIds =
                links.stream().map(GoalRepository.IndicatorLink::indicatorId).collect(Collectors.toSet());
        // Deleted indicators are not among the views: their links are left out.
        Map<UUID, IndicatorView> indicatorViews = indicators.viewsOf(viewer, indicatorIds).stream()
                .collect(Collectors.toMap(IndicatorView::id, Function.identity()));
        Map<UUID, List<GoalView.GoalIndicator>> byGoal = new HashMap<>();
        for (GoalRepository.IndicatorLink link : links) {
            IndicatorView v = indicatorViews.get(link.indicatorId());
            if (v == null) {
                continue;
            }
            byGoal.computeIfAbsent(link.goalId(), k -> new ArrayList<>())
                    .add(new GoalView.GoalIndicator(
                            v.id(),
                            v.code(),
                            v.name(),
                            v.unit(),
                            v.latest().latestPeriod(),
                            v.latest().latestValue(),
                            v.latest().completeness(),
                            v.latest().status(),
                            v.latest().statusPeriod(),
                            v.latest().preliminaryStatus()));
        }
        byGoal.values().forEach(list -> list.sort(java.util.Comparator.comparing(GoalView.GoalIndicator::code)));
        Map<UUID, FocusAreaRef> areas =
                focusAreas.refs(page.stream().map(g -> g.focusAreaId).toList());
        Map<UUID, String> groups = workingGroups.visibleNames(
                viewer, page.stream().map(g -> g.workingGroupId).toList());
        Map<UUID, OrganisationRef> organisations = this.organisations.refs(
                page.stream().map(g -> g.responsibleOrganisationId).toList());
        return page.stream()
                .map(g -> {
                    List<GoalView.GoalIndicator> list = byGoal.getOrDefault(g.id, List.of());
                    return new GoalView(
                            g.id,
                            g.partnershipId,
                            g.title,
                            g.description,
                            g.successCriterion,
                            g.dueDate,
                            g.responsibleOrganisationId == null ? null : organisations.get(g.responsibleOrganisationId),
                            g.focusAreaId == null ? null : areas.get(g.focusAreaId),
                            groups.containsKey(g.workingGroupId)
                                    ? new GoalView.WorkingGroupRef(g.workingGroupId, groups.get(g.workingGroupId))
                                    : null,
                            g.status,
                            IndicatorStatus.rollUp(list.stream()
                                    .map(GoalView.GoalIndicator::status)
                                    .toList()),
                            list,
                            canEdit,
                            g.version);
                })
                .toList();
    }
}
