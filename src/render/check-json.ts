/**
 * The words of `netmedic check --json`: every field the document always had, in English (the
 * verdict `sentence`, each stage's `detail`, the `notes`, each other port's `detail`), next to
 * the facts they were made from (`facts` on the result and on each stage and other port,
 * `noteFacts`). Pure.
 */
import type { AlternativePort, CheckNote, CheckResult, StageName, StageResult, VerdictFacts } from '../probe/types';
import { alternativeDetail, noteText, stageDetail, verdictSentence, type CheckAudience } from './check-words';
import { englishMessages } from './i18n/messages';

/** A stage as the JSON shows it: the contract fields, then its facts. */
export interface StageJson {
  name: StageName;
  ok: boolean;
  ms: number;
  family?: 4 | 6;
  detail: string;
  facts?: StageResult['facts'];
}

/** A stage line as before the facts: `name`, `ok`, `ms`, `family` (tcp) and the English `detail`. */
export function stageJson(stage: StageResult, withFacts = true): StageJson {
  const t = englishMessages();
  const family = stage.name === 'tcp' && stage.family !== undefined ? { family: stage.family } : {};
  return { name: stage.name, ok: stage.ok, ms: stage.ms, ...family, detail: stageDetail(t, stage), ...(withFacts ? { facts: stage.facts } : {}) };
}

export function alternativeJson(a: AlternativePort): { port: number; open: boolean; detail: string; facts: AlternativePort['facts'] } {
  return { port: a.port, open: a.open, detail: alternativeDetail(englishMessages(), a), facts: a.facts };
}

export function notesJson(notes: CheckNote[]): string[] {
  const t = englishMessages();
  return notes.map((n) => noteText(t, n));
}

export function sentenceJson(facts: VerdictFacts | null, audience: CheckAudience): string {
  return facts ? verdictSentence(englishMessages(), facts, audience) : '';
}

/** The --json document: the contract fields first, then the rest of the result, then the facts. */
export function checkJson(result: CheckResult, embed: unknown, audience: CheckAudience = 'cli'): Record<string, unknown> {
  return {
    target: result.target,
    verdict: result.verdict,
    article: result.article,
    sentence: sentenceJson(result.facts, audience),
    stages: result.stages.map((s) => stageJson(s)),
    alternatives: result.alternatives.map(alternativeJson),
    addresses: result.addresses,
    ...(result.httpStatus !== undefined ? { httpStatus: result.httpStatus } : {}),
    ...(result.certificate ? { certificate: result.certificate } : {}),
    ...(result.service ? { service: result.service } : {}),
    ...(result.game ? { game: result.game } : {}),
    notes: notesJson(result.notes),
    ms: result.ms,
    embed,
    facts: result.facts,
    noteFacts: result.notes,
  };
}
