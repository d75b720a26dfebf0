/**
 * The check's stages, in the order they run. A stage that does not apply to the target is
 * skipped; the first verdict ends the `probe` stages, then the `follow-up` ones that apply run.
 */
import { gameStage } from '../game/stage';
import type { Stage, StageOptions } from '../stage';
import type { StageName, Target } from '../types';
import { alternativesStage } from './alternatives';
import { dnsStage } from './dns';
import { httpStage } from './http';
import { namePolicyStage } from './name-policy';
import { serviceStage } from './service';
import { tcpStage } from './tcp';
import { tlsStage } from './tls';
import { vetStage } from './vet';
import { xtreamStage } from './xtream';

export const STAGES: readonly Stage[] = [
  namePolicyStage,
  dnsStage,
  vetStage,
  gameStage,
  tcpStage,
  serviceStage,
  tlsStage,
  httpStage,
  xtreamStage,
  alternativesStage,
];

/**
 * The stage lines a check of `target` goes through, in order (for "pending" lines while it runs).
 * Without options the target's own protocol counts as asked for (no service look on a TCP target).
 */
export function plannedStages(target: Target, options: StageOptions = { protocol: target.protocol }): StageName[] {
  const out: StageName[] = [];
  for (const stage of STAGES) {
    if (stage.phase === 'probe' && stage.reports && stage.applies(target, options)) out.push(stage.reports);
  }
  return out;
}
