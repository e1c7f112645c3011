import type { components, paths } from './schema';

/*
 * Names for the DTOs the SPA reads and writes, taken from the operations in the generated schema so
 * they follow the contract whatever the schemas are called in openapi.yaml.
 */

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer T } } }
  ? T
  : never;
type ItemOf<A> = A extends readonly (infer T)[] ? T : never;

export type MeView = JsonOf<paths['/api/v1/me']['get']['responses'][200]>;

export type PartnershipPage = JsonOf<paths['/api/v1/partnerships']['get']['responses'][200]>;
export type PartnershipSummary = ItemOf<PartnershipPage['items']>;
export type PartnershipListQuery = NonNullable<
  paths['/api/v1/partnerships']['get']['parameters']['query']
>;

export type PartnershipView = JsonOf<paths['/api/v1/partnerships/{id}']['get']['responses'][200]>;
export type PartnershipStatus = PartnershipView['status'];
export type PartyView = ItemOf<PartnershipView['parties']>;
export type SignatoryView = ItemOf<PartyView['signatories']>;
export type TermView = ItemOf<PartnershipView['terms']>;
export type ChairPeriodView = ItemOf<PartnershipView['chairPeriods']>;
export type FocusAreaView = ItemOf<PartnershipView['focusAreas']>;
export type MilestoneView = ItemOf<PartnershipView['milestones']>;
export type OrganisationRef = PartyView['organisation'];

export type PartnershipInput = BodyOf<paths['/api/v1/partnerships/{id}']['put']>;
export type FocusAreaInput = BodyOf<
  paths['/api/v1/partnerships/{partnershipId}/focus-areas']['post']
>;
export type TermKind = TermView['kind'];
export type TermInput = BodyOf<paths['/api/v1/partnerships/{partnershipId}/terms']['post']>;
export type DocumentInfo = NonNullable<TermView['agreementDocument']>;
export type StorageView = JsonOf<
  paths['/api/v1/partnerships/{partnershipId}/storage']['get']['responses'][200]
>;
export type ChairPeriodInput = BodyOf<
  paths['/api/v1/partnerships/{partnershipId}/chair-periods']['post']
>;
export type PartyInput = BodyOf<paths['/api/v1/partnerships/{partnershipId}/parties']['post']>;
export type SignatoryInput = BodyOf<
  paths['/api/v1/partnerships/{partnershipId}/parties/{partyId}/signatories']['post']
>;

export type MemberPage = JsonOf<
  paths['/api/v1/partnerships/{partnershipId}/members']['get']['responses'][200]
>;
export type MemberView = ItemOf<MemberPage['items']>;
export type MemberRole = MemberView['role'];
export type MemberInput = BodyOf<paths['/api/v1/partnerships/{partnershipId}/members']['post']>;
export type MemberUpdate = BodyOf<
  paths['/api/v1/partnerships/{partnershipId}/members/{memberId}']['put']
>;

export type AuditPage = JsonOf<paths['/api/v1/partnerships/{id}/history']['get']['responses'][200]>;
export type AuditEntryView = ItemOf<AuditPage['items']>;
export type AuditAction = AuditEntryView['action'];

export type OrganisationPage = JsonOf<paths['/api/v1/organisations']['get']['responses'][200]>;
export type OrganisationView = ItemOf<OrganisationPage['items']>;
export type OrganisationKind = OrganisationView['kind'];
export type OrganisationListQuery = NonNullable<
  paths['/api/v1/organisations']['get']['parameters']['query']
>;
export type OrganisationInput = BodyOf<paths['/api/v1/organisations']['post']>;

/** RFC 9457 problem details as the API documents them. */
export type Problem = components['schemas']['Problem'];
export type Violation = ItemOf<Problem['violations']>;

export type MeetingPage = JsonOf<
  paths['/api/v1/partnerships/{partnershipId}/meetings']['get']['responses'][200]
>;
export type MeetingSummary = ItemOf<MeetingPage['items']>;
export type MeetingStatus = MeetingSummary['status'];
export type MeetingListQuery = NonNullable<
  paths['/api/v1/partnerships/{partnershipId}/meetings']['get']['parameters']['query']
>;
export type MeetingView = JsonOf<
  paths['/api/v1/partnerships/{partnershipId}/meetings/{meetingId}']['get']['responses'][200]
>;
export type MeetingInput = BodyOf<paths['/api/v1/partnerships/{partnershipId}/meetings']['post']>;
export type MeetingSeriesInput = BodyOf<
  paths['/api/v1/partnerships/{partnershipId}/meetings/series']['post']
>;
export type MeetingYear = ItemOf<
  JsonOf<paths['/api/v1/partnerships/{partnershipId}/meetings/years']['get']['responses'][200]>
>;
export type AgendaItemView = ItemOf<MeetingView['agenda']>;
export type AgendaItemKind = AgendaItemView['kind'];
export type AgendaItemInput = BodyOf<
  paths['/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda-items']['post']
>;
export type MinutesStatus = MeetingView['minutesStatus'];

export type AttendanceList = JsonOf<
  paths['/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/attendance']['get']['responses'][200]
>;
export type AttendanceView = ItemOf<AttendanceList['items']>;
export type AgendaRecipients = JsonOf<
  paths['/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/agenda/recipients']['get']['responses'][200]
>;
export type AgendaRecipient = ItemOf<AgendaRecipients['items']>;

export type AttendanceResponse = AttendanceView['response'];
export type Presence = NonNullable<AttendanceView['presence']>;
export type AttendanceUpdate = BodyOf<
  paths['/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/attendance/{attendanceId}']['put']
>;

export type DecisionView = ItemOf<AgendaItemView['decisions']>;
export type DecisionInput = BodyOf<
  paths['/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/decisions']['post']
>;
export type DecisionPage = JsonOf<
  paths['/api/v1/partnerships/{partnershipId}/decisions']['get']['responses'][200]
>;
export type DecisionEntry = ItemOf<DecisionPage['items']>;

export type FollowUpView = ItemOf<AgendaItemView['followUps']>;
export type FollowUpStatus = FollowUpView['status'];
export type FollowUpInput = BodyOf<
  paths['/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/follow-ups']['post']
>;
export type FollowUpPage = JsonOf<paths['/api/v1/me/follow-ups']['get']['responses'][200]>;
export type FollowUpStatusInput = BodyOf<
  paths['/api/v1/partnerships/{partnershipId}/follow-ups/{followUpId}/status']['post']
>;

export type CommentView = ItemOf<
  JsonOf<
    paths['/api/v1/partnerships/{partnershipId}/meetings/{meetingId}/minutes/comments']['get']['responses'][200]
  >
>;

type WorkingGroupsPath = paths['/api/v1/partnerships/{partnershipId}/working-groups'];
type WorkingGroupPath =
  paths['/api/v1/partnerships/{partnershipId}/working-groups/{workingGroupId}'];
type WorkingGroupClosePath =
  paths['/api/v1/partnerships/{partnershipId}/working-groups/{workingGroupId}/close'];

export type WorkingGroupPage = JsonOf<WorkingGroupsPath['get']['responses'][200]>;
export type WorkingGroupView = JsonOf<WorkingGroupPath['get']['responses'][200]>;
export type WorkingGroupInput = BodyOf<WorkingGroupsPath['post']>;
export type WorkingGroupClosing = BodyOf<WorkingGroupClosePath['post']>;
export type WorkingGroupStatus = WorkingGroupView['status'];

type GoalsPath = paths['/api/v1/partnerships/{partnershipId}/goals'];
type GoalPath = paths['/api/v1/partnerships/{partnershipId}/goals/{goalId}'];

export type GoalPage = JsonOf<GoalsPath['get']['responses'][200]>;
export type GoalView = JsonOf<GoalPath['get']['responses'][200]>;
export type GoalInput = BodyOf<GoalsPath['post']>;
export type GoalStatus = GoalView['status'];
export type GoalIndicator = ItemOf<GoalView['indicators']>;

type IndicatorsPath = paths['/api/v1/partnerships/{partnershipId}/indicators'];
type IndicatorPath = paths['/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}'];
type MeasurementsPath =
  paths['/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/measurements'];
type RevisionsPath =
  paths['/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/measurements/{measurementId}/revisions'];
type SeriesPath = paths['/api/v1/partnerships/{partnershipId}/indicators/{indicatorId}/series'];
type ImportPath = paths['/api/v1/partnerships/{partnershipId}/measurements/import'];
type ExportPath = paths['/api/v1/partnerships/{partnershipId}/measurements/export'];
type ReportingPath = paths['/api/v1/partnerships/{partnershipId}/reporting'];

export type IndicatorPage = JsonOf<IndicatorsPath['get']['responses'][200]>;
export type IndicatorView = JsonOf<IndicatorPath['get']['responses'][200]>;
export type IndicatorInput = BodyOf<IndicatorsPath['post']>;
export type IndicatorStatus = IndicatorView['status'];
export type Completeness = NonNullable<IndicatorView['completeness']>;
export type Frequency = IndicatorView['frequency'];
export type Aggregation = IndicatorView['aggregation'];
export type AreaView = ItemOf<IndicatorView['areas']>;

export type MeasurementView = ItemOf<JsonOf<MeasurementsPath['get']['responses'][200]>>;
export type MeasurementInput = BodyOf<MeasurementsPath['put']>;
export type MeasurementRevisionView = ItemOf<JsonOf<RevisionsPath['get']['responses'][200]>>;

export type SeriesView = JsonOf<SeriesPath['get']['responses'][200]>;
export type AreaSeries = ItemOf<SeriesView['areas']>;
export type SeriesPoint = ItemOf<SeriesView['total']>;

export type ReportingGrid = JsonOf<ReportingPath['get']['responses'][200]>;
export type GridIndicator = ItemOf<ReportingGrid['indicators']>;
export type GridCell = ItemOf<GridIndicator['cells']>;
export type PeriodReportInput = BodyOf<ReportingPath['put']>;
export type PeriodReportValue = ItemOf<PeriodReportInput['values']>;
export type PeriodReportResult = JsonOf<ReportingPath['put']['responses'][200]>;

export type ImportReport = JsonOf<ImportPath['post']['responses'][200]>;
export type ImportRow = ItemOf<ImportReport['rows']>;
export type ImportOutcome = ImportRow['outcome'];
export type ImportRejection = NonNullable<ImportRow['reason']>;
export type ExportFormat = NonNullable<
  NonNullable<ExportPath['get']['parameters']['query']>['format']
>;
