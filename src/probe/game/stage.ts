/**
 * The game stage of a check (protocols `minecraft`, `source`, `game:<id>`); what it does is in
 * run.ts, loaded when the stage first runs: a check of another protocol never reads the game
 * modules (the codecs, GameDig's table, the UDP sockets).
 */
import { isGameProtocol } from '../protocols';
import type { Stage } from '../stage';
import type * as GameRun from './run';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gameRun = (): typeof GameRun => require('./run') as typeof GameRun;

export const gameStage: Stage = {
  name: 'game',
  reports: 'game',
  phase: 'probe',
  applies: (target) => isGameProtocol(target.protocol),
  run: (ctx) => gameRun().runGameStage(ctx),
};
