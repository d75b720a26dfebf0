/**
 * The words of `netmedic xtream --json`: every field the document always had, in English (the
 * verdict `sentence`, each stage's `detail`, the `notes`), next to the facts they are made from
 * (`facts` on each stage, `noteFacts`, `credential`). The line check itself (src/xtream) returns
 * facts only; this is the one place its JSON gets its English. Pure.
 */
import type { LineCheckResult, LineStage } from '../probe/line-check';
import { verdictSentence } from './check-words';
import { englishMessages } from './i18n/messages';
import { credentialText, lineNoteText, lineStageDetail } from './xtream-line';

/** A stage as the JSON shows it: `name`, `ok`, `ms`, the English `detail`, `family` (tcp), then its facts. */
interface LineStageJson {
  name: LineStage['name'];
  ok: boolean;
  ms: number;
  detail: string;
  family?: 4 | 6;
  facts: LineStage['facts'];
}

export function lineStageJson(stage: LineStage): LineStageJson {
  const family = stage.family ? { family: stage.family } : {};
  return { name: stage.name, ok: stage.ok, ms: stage.ms, detail: lineStageDetail(englishMessages(), stage), ...family, facts: stage.facts };
}

/** The verdict in one English sentence: why the typed credential was refused, or why the panel could not be asked; empty when it was. */
export function lineSentenceJson(r: LineCheckResult): string {
  const en = englishMessages();
  if (r.credential) return en('check-sentence-invalid', { problem: credentialText(r.credential).replace(/\.$/, '') });
  return r.facts ? verdictSentence(en, r.facts) : '';
}

/** The --json document (no credential can be in it: the result was scrubbed before it got here). */
export function lineJson(result: LineCheckResult, embed: unknown): Record<string, unknown> {
  return {
    target: result.target,
    verdict: result.verdict,
    state: result.state,
    article: result.article,
    sentence: lineSentenceJson(result),
    account: result.account,
    server: result.server,
    serverDifferences: result.serverDifferences,
    categories: result.categories,
    stages: result.stages.map(lineStageJson),
    ...(result.httpStatus !== undefined ? { httpStatus: result.httpStatus } : {}),
    ...(result.credential ? { credential: result.credential } : {}),
    // The JSON keeps its English sentences; the typed notes are in noteFacts.
    notes: result.notes.map((n) => lineNoteText(n)),
    noteFacts: result.notes,
    ms: result.ms,
    embed,
  };
}
