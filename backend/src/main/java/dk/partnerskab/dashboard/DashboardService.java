package dk.partnerskab.dashboard;

import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.goal.GoalService;
import dk.partnerskab.goal.GoalStatus;
import dk.partnerskab.goal.dto.GoalView;
import dk.partnerskab.indicator.IndicatorOverview;
import dk.partnerskab.partnership.Membership;
import dk.partnerskab.partnership.PartnershipAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The partnership at a glance: goals and indicators with their status, sparklines and the latest values. */
@ApplicationScoped
public class DashboardService {

    static final int RECENT = 12;
    static final int MAX_INDICATORS = 100;
    static final int LATEST = 10;

    private final GoalService goals;
    private final IndicatorOverview indicators;
    private final PartnershipAccess access;

    public DashboardService(GoalService goals, IndicatorOverview indicators, PartnershipAccess access) {
        this.goals = goals;
        this.indicators = indicators;
        this.access = access;
    }

    @Transactional
    public DashboardView dashboard(UUID partnershipId) {
        Membership viewer = access.membership(partnershipId);
        List<GoalView> active = goals.list(
                        partnershipId, null, GoalStatus.ACTIVE, new PageRequest(0, 50, "title", false))
                .items();
        List<DashboardView.DashboardIndicator> list = indicators.glance(viewer, MAX_INDICATORS, RECENT).stream()
                .map(g -> new DashboardView.DashboardIndicator(g.indicator(), g.recent()))
                .toList();
        List<DashboardView.LatestChange> latest = indicators.latestValues(partnershipId, LATEST).stream()
                .map(v -> new DashboardView.LatestChange(
                        v.indicatorId(),
                        v.code(),
                        v.area(),
                        v.period(),
                        v.value(),
                        v.enteredBy(),
                        v.enteredAt(),
                        v.corrected()))
                .toList();
        return new DashboardView(active, list, latest);
    }
}
