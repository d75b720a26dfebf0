/** The matcher: which knowledge-base article explains a pasted error. */
export { match, scoreText, MATCH_THRESHOLD, CONFIDENT_THRESHOLD, MAX_INPUT, type Match, type MatchResult } from './match';
export type { ErrorContext, ToolName, TypedCode } from './extract';
export { buildMatcherIndex, indexFor, type MatcherIndex } from './build-index';
export { serviceForPort, knownServices, type ServiceInfo } from './ports';
