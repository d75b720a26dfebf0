/**
 * The probe engine's public surface: run a check, its stages, and the pieces
 * other parts of the app (renderers, commands, the check service) may want on their own.
 */
export { runCheck, plannedStages, type CheckOptions, type CheckTimeouts } from './check';
export { STAGES } from './stages';
export type { Stage, StageContext } from './stage';
export { failureFacts } from './verdict-facts';
export { articleFor, pickArticle, usesTls, ARTICLE_FALLBACKS } from './verdicts';
export {
  classifyNetworkError,
  classifyOr,
  ProbeDeadlineError,
  ProbeTimeoutError,
  type CertificateReason,
  type FailureVerdict,
  type NetworkFailure,
} from './classify';
export { DEFAULT_ALTERNATIVE_PORTS, probeAlternatives } from './alternatives';
export { interpretXtream, XTREAM_PATH, type XtreamInterpretation } from './xtream';
export { parseTarget } from './target';
export { assertCidrs, checkAddress, type ProbePolicy } from './policy';
export * from './types';
export { parseProtocol, isGameProtocol, GAME_PORTS, type ParseProtocolResult } from './protocols';
export type { LineCheckResult, LineCredentials } from './line-check';
export { interpretLineAnswer, type LineAccount, type LineState, type PanelServerInfo } from './xtream-line';
