import { type Locale, problemCatalogue, translate } from '@bluecarbon/platform';
import type { MonitoringAction, MonitoringStatus } from './domain/monitoring';
import type { ProjectAction, ProjectStatus } from './domain/project-lifecycle';

/**
 * Every problem code the projects lib sends, with its status. One code, one message
 * `errors.<code>.title|detail` in each locale file (the translations spec checks all three).
 */
export const PROJECTS_PROBLEMS = problemCatalogue({
  project_transition_not_allowed: 409,
  project_adaptation_not_approved: 422,
  project_area_unacknowledged: 422,
  project_not_issuing: 409,
  monitoring_transition_not_allowed: 409,
  monitoring_period_overlap: 409,
  credits_unavailable: 409,
  retirement_exceeds_sale: 409,
  fx_rate_exists: 409,
  draft_required: 409,
  auction_lot_unavailable: 409,
  auction_not_open: 409,
  auction_not_ended: 409,
  auction_already_closed: 409,
  bid_below_reserve: 422,
  bid_below_increment: 422,
  bid_outbid: 409,
  sealed_bid_placed: 409,
  not_a_bidder: 403,
});

const problem = PROJECTS_PROBLEMS.problem;

export const ProjectsProblems = {
  /** 409 naming the current state and what may be done from it, in the caller's language. */
  illegalTransition: (current: ProjectStatus, action: ProjectAction, allowed: ProjectAction[], locale: Locale) =>
    problem('project_transition_not_allowed', {
      params: {
        current: translate(locale, `projects.states.${current}`),
        action: translate(locale, `projects.actions.${action}`),
        allowed: allowed.length ? allowed.map((name) => translate(locale, `projects.actions.${name}`)).join(', ') : translate(locale, 'projects.none'),
      },
      extensions: { currentState: current, allowedActions: allowed },
    }),
  illegalMonitoringTransition: (current: MonitoringStatus, action: MonitoringAction, allowed: MonitoringAction[], locale: Locale) =>
    problem('monitoring_transition_not_allowed', {
      params: {
        current: translate(locale, `projects.monitoringStates.${current}`),
        action: translate(locale, `projects.monitoringActions.${action}`),
        allowed: allowed.length
          ? allowed.map((name) => translate(locale, `projects.monitoringActions.${name}`)).join(', ')
          : translate(locale, 'projects.none'),
      },
      extensions: { currentState: current, allowedActions: allowed },
    }),
  projectNotIssuing: (status: ProjectStatus, locale: Locale) =>
    problem('project_not_issuing', { params: { status: translate(locale, `projects.states.${status}`) }, extensions: { projectStatus: status } }),
  periodOverlap: (otherReportId: string) =>
    problem('monitoring_period_overlap', {
      fieldErrors: [{ field: 'periodStart', rule: 'periodOverlap' }],
      extensions: { overlappingReportId: otherReportId },
    }),
  creditsUnavailable: (vintage: number, asked: number, available: number) =>
    problem('credits_unavailable', {
      params: { vintage, asked, available },
      extensions: { vintage, requestedTonnes: asked, availableTonnes: available },
    }),
  retirementExceedsSale: (asked: number, left: number) =>
    problem('retirement_exceeds_sale', { params: { asked, left }, extensions: { requestedTonnes: asked, unretiredTonnes: left } }),
  fxRateExists: (currency: string, date: string) => problem('fx_rate_exists', { params: { currency, date }, extensions: { currency, date } }),
  /** An edit of a project or monitoring report that left draft (`states` names its list of states). */
  draftRequired: (status: string, states: 'states' | 'monitoringStates', locale: Locale) =>
    problem('draft_required', { params: { status: translate(locale, `projects.${states}.${status}`) }, extensions: { currentState: status } }),
  adaptationNotApproved: (status: string, locale: Locale) =>
    problem('project_adaptation_not_approved', {
      params: { status: translate(locale, `projects.adaptationStates.${status}`) },
      fieldErrors: [{ field: 'adaptationId', rule: 'approvedAdaptation' }],
      extensions: { adaptationStatus: status },
    }),
  areaUnacknowledged: (measured: string, declared: string, difference: string) =>
    problem('project_area_unacknowledged', {
      params: { measured, declared, percent: (Number(difference) * 100).toFixed(1) },
      fieldErrors: [{ field: 'acknowledgeAreaDifference', rule: 'areaAcknowledged' }],
      extensions: { measuredHectares: measured, declaredHectares: declared, relativeDifference: difference },
    }),
};
