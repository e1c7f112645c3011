import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { partnershipSegments as segment, paths } from './paths';
import { RouteErrorPage } from './route-error-page';

const PartnershipListPage = lazy(() =>
  import('../features/partnerships/partnership-list-page').then((module) => ({
    default: module.PartnershipListPage,
  })),
);
const loadAgreementPage = () => import('../features/partnerships/partnership-agreement-page');
// The agreement is what a partnership opens on: fetch its code together with the page around it.
const PartnershipDetailPage = lazy(() => {
  void loadAgreementPage();
  return import('../features/partnerships/partnership-detail-page').then((module) => ({
    default: module.PartnershipDetailPage,
  }));
});
const PartnershipAgreementPage = lazy(() =>
  loadAgreementPage().then((module) => ({ default: module.PartnershipAgreementPage })),
);
const PartnershipEditPage = lazy(() =>
  import('../features/partnerships/edit/partnership-edit-page').then((module) => ({
    default: module.PartnershipEditPage,
  })),
);
const MembersPage = lazy(() =>
  import('../features/partnerships/members/members-page').then((module) => ({
    default: module.MembersPage,
  })),
);
// Pages that show another feature's part are put together in pages/.
const MeetingsPage = lazy(() =>
  import('./pages/meetings-route').then((module) => ({ default: module.MeetingsRoute })),
);
const MeetingPage = lazy(() =>
  import('../features/meetings/meeting-page').then((module) => ({
    default: module.MeetingPage,
  })),
);
const MeetingModePage = lazy(() =>
  import('../features/meetings/minutes/meeting-mode-page').then((module) => ({
    default: module.MeetingModePage,
  })),
);
const DecisionsPage = lazy(() =>
  import('./pages/decisions-route').then((module) => ({ default: module.DecisionsRoute })),
);
const WorkingGroupsPage = lazy(() =>
  import('../features/working-groups/working-groups-page').then((module) => ({
    default: module.WorkingGroupsPage,
  })),
);
const WorkingGroupPage = lazy(() =>
  import('./pages/working-group-route').then((module) => ({ default: module.WorkingGroupRoute })),
);
const DashboardPage = lazy(() =>
  import('../features/dashboard/dashboard-page').then((module) => ({
    default: module.DashboardPage,
  })),
);
const GoalsPage = lazy(() =>
  import('../features/goals/goals-page').then((module) => ({
    default: module.GoalsPage,
  })),
);
const IndicatorsPage = lazy(() =>
  import('../features/indicators/indicators-page').then((module) => ({
    default: module.IndicatorsPage,
  })),
);
const IndicatorPage = lazy(() =>
  import('../features/indicators/indicator-page').then((module) => ({
    default: module.IndicatorPage,
  })),
);
const MyFollowUpsPage = lazy(() =>
  import('../features/follow-ups/my-follow-ups-page').then((module) => ({
    default: module.MyFollowUpsPage,
  })),
);
const MyReportingPage = lazy(() =>
  import('../features/reporting/my-reporting-page').then((module) => ({
    default: module.MyReportingPage,
  })),
);
const ReportPeriodPage = lazy(() =>
  import('../features/indicators/report-period-page').then((module) => ({
    default: module.ReportPeriodPage,
  })),
);
const CalendarFeedPage = lazy(() =>
  import('../features/calendar/calendar-feed-page').then((module) => ({
    default: module.CalendarFeedPage,
  })),
);
const OrganisationListPage = lazy(() =>
  import('../features/organisations/organisation-list-page').then((module) => ({
    default: module.OrganisationListPage,
  })),
);
const SearchPage = lazy(() =>
  import('../features/search/search-page').then((module) => ({
    default: module.SearchPage,
  })),
);
const ActivitiesPage = lazy(() =>
  import('../features/activities/activities-page').then((module) => ({
    default: module.ActivitiesPage,
  })),
);
const ProposalsPage = lazy(() =>
  import('../features/proposals/proposals-page').then((module) => ({
    default: module.ProposalsPage,
  })),
);
const AccessibilityStatementPage = lazy(() =>
  import('../features/accessibility/accessibility-statement-page').then((module) => ({
    default: module.AccessibilityStatementPage,
  })),
);
const HistoryPage = lazy(() =>
  import('../features/partnerships/history/history-page').then((module) => ({
    default: module.HistoryPage,
  })),
);

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to={paths.partnerships()} replace /> },
      { path: paths.partnerships(), element: <PartnershipListPage /> },
      {
        path: `${paths.partnerships()}/:id`,
        element: <PartnershipDetailPage />,
        children: [
          { index: true, element: <PartnershipAgreementPage /> },
          { path: segment.edit, element: <PartnershipEditPage /> },
          { path: segment.meetings, element: <MeetingsPage /> },
          { path: `${segment.meetings}/:meetingId`, element: <MeetingPage /> },
          {
            path: `${segment.meetings}/:meetingId/${segment.minutes}`,
            element: <MeetingModePage />,
          },
          { path: segment.decisions, element: <DecisionsPage /> },
          { path: segment.workingGroups, element: <WorkingGroupsPage /> },
          { path: `${segment.workingGroups}/:groupId`, element: <WorkingGroupPage /> },
          { path: segment.dashboard, element: <DashboardPage /> },
          { path: segment.goals, element: <GoalsPage /> },
          { path: segment.indicators, element: <IndicatorsPage /> },
          { path: `${segment.indicators}/:indicatorId`, element: <IndicatorPage /> },
          { path: `${segment.reporting}/:period?`, element: <ReportPeriodPage /> },
          { path: segment.activities, element: <ActivitiesPage /> },
          { path: segment.proposals, element: <ProposalsPage /> },
          { path: segment.members, element: <MembersPage /> },
          { path: segment.history, element: <HistoryPage /> },
        ],
      },
      { path: paths.myFollowUps(), element: <MyFollowUpsPage /> },
      { path: paths.myReporting(), element: <MyReportingPage /> },
      { path: paths.calendar(), element: <CalendarFeedPage /> },
      { path: paths.organisations(), element: <OrganisationListPage /> },
      { path: paths.search(), element: <SearchPage /> },
      { path: paths.accessibility(), element: <AccessibilityStatementPage /> },
      {
        path: paths.accessibilityShort(),
        element: <Navigate to={paths.accessibility()} replace />,
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
