/**
 * netmedic's engine as a library (no Discord client): the knowledge base and matcher, the probes,
 * and the renderers that turn their results into Discord embed data or terminal text.
 */
export * from './knowledge';
export { lintKnowledgeBase, lintKnowledgeDir, type LintOptions, type LintReport, MIN_FAQ, REQUIRED_ARTICLES, REQUIRED_MESSAGE_LOCALES } from './kb-tools/lint';
export { describeProblem, formatProblem, problemMessage, type ProblemReport } from './render/knowledge-problems';
export * from './matcher';
export * from './probe';
export { runLineCheck } from './xtream/line-check';
export { renderExplainReply, renderArticlePageReply, renderFaqEmbed, renderFaqList } from './render/explain';
export { renderCheckReply } from './render/check';
export { verdictSentence, stageDetail, noteText, alternativeDetail, failureText } from './render/check-words';
export { checkJson } from './render/check-json';
export { messagesFor, englishMessages, UI_LOCALES } from './render/i18n/messages';
export { checkOptionsFromConfig, policyFromConfig } from './check-options';
export { renderLineReply } from './render/xtream-line';
export { renderReplyText, renderEmbedText } from './render/terminal';
export { fitEmbed, fitEmbeds, LIMITS } from './render/limits';
export { loadConfig, ConfigError, type Config } from './config';
