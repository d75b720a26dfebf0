/**
 * The English words of a check result, as the CLI's --json and an English reply show them: engine
 * tests assert the facts and, through these, that the words for them still read the same.
 */
import type { AlternativePort, CheckResult, FailureFacts, StageResult } from '../../src/probe/types';
import { alternativeDetail, failureText, noteText, stageDetail, verdictSentence, type CheckAudience } from '../../src/render/check-words';
import type { StageJson } from '../../src/render/check-json';
import { englishMessages } from '../../src/render/i18n/messages';

export function sentenceOf(result: Pick<CheckResult, 'facts'>, audience: CheckAudience = 'chat'): string {
  if (!result.facts) throw new Error('the check has no verdict facts');
  return verdictSentence(englishMessages(), result.facts, audience);
}

export function detailOf(stage: StageResult): string {
  return stageDetail(englishMessages(), stage);
}

export function notesOf(result: Pick<CheckResult, 'notes'>): string[] {
  return result.notes.map((n) => noteText(englishMessages(), n));
}

export function alternativeOf(a: AlternativePort): string {
  return alternativeDetail(englishMessages(), a);
}

/** `netmedic check --json` as tests read it: the result's contract fields with their English words and facts. */
export type CheckJsonDoc = Omit<CheckResult, 'notes' | 'stages' | 'alternatives'> & {
  sentence: string;
  notes: string[];
  noteFacts: CheckResult['notes'];
  stages: StageJson[];
  alternatives: (AlternativePort & { detail: string })[];
};

/** The line an HTTP stage outcome shows. */
export function httpDetailOf(out: { ok: boolean; ms: number; facts: Extract<StageResult, { name: 'http' }>['facts'] }): string {
  return detailOf({ name: 'http', ok: out.ok, ms: out.ms, facts: out.facts });
}

/** The line a TLS stage outcome shows. */
export function tlsDetailOf(out: { ok: boolean; ms: number; facts: Extract<StageResult, { name: 'tls' }>['facts'] }): string {
  return detailOf({ name: 'tls', ok: out.ok, ms: out.ms, facts: out.facts });
}

export function failureOf(failure: FailureFacts): string {
  return failureText(englishMessages(), failure);
}
