// @ts-check
/**
 * The layers of netmedic (README, "Design": layers) and the rules `npm run lint:deps` enforces.
 * Bottom to top; a module may import its own layer or a lower one, never a higher one:
 *
 *   base         src/util, src/limits, src/shared, src/logger.ts, src/env-file.ts
 *   engine       src/matcher, src/knowledge, src/probe            facts, no words, no config
 *   data         src/store, src/agents, src/learn                  storage and services over the engine
 *   render       src/render                                       facts → words and embed data
 *   app          src/faq, src/kb-tools, src/xtream                 features composed of engine and words
 *   interaction  src/interaction                                  adapter-neutral contexts, router
 *   adapters     src/discord, src/console, src/cli, src/http, src/metrics, commands/,
 *                src/runtime.ts, src/app.ts, src/index.ts, src/check-options.ts, src/config.ts
 *
 * The env-shaped Config (src/config.ts) belongs to the adapters: the composition root maps it to
 * option objects. Only the interaction layer may name it besides them (`Services.config`, the
 * per-server reply locale). Type-only imports count: a layer rule is about what a module knows.
 *
 * Plus: no import cycle anywhere (type-only ones included); inside the engine the matcher sees only
 * the knowledge data model (the loader builds the matcher's index, not the other way round); and
 * every module under src/ belongs to a layer.
 */

const BASE = '^src/(util|limits|shared)/|^src/(logger|env-file)\\.ts$';
const ENGINE = '^src/(matcher|knowledge|probe)/';
const DATA = '^src/(store|agents|learn)/';
const RENDER = '^src/render/';
const APP = '^src/(faq|kb-tools|xtream)/';
const INTERACTION = '^src/interaction/';
const ADAPTERS = '^src/(discord|console|cli|http|metrics)/|^commands/|^src/(runtime|app|index|check-options)\\.ts$';
const CONFIG = '^src/config\\.ts$';
/** Every module under src/ sits in one of the layers above (a new folder must be placed first). */
const ANY_LAYER = [BASE, ENGINE, DATA, RENDER, APP, INTERACTION, ADAPTERS, CONFIG].join('|');
/** The knowledge base's data model: the bottom of the engine, which the matcher builds on. */
const KNOWLEDGE_MODEL = '^src/knowledge/(types|problems)\\.ts$';

/** @param {string} name @param {string} comment @param {string} from @param {string[]} to @param {string} [fromNot] */
function forbid(name, comment, from, to, fromNot = undefined) {
  return {
    name,
    comment,
    severity: 'error',
    from: fromNot ? { path: from, pathNot: fromNot } : { path: from },
    to: { path: to.join('|') },
  };
}

/** @type {import('dependency-cruiser', { with: { 'resolution-mode': 'import' } }).IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles: a type or a check is in the wrong place (move the type down or the check up).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    forbid('base-is-the-bottom', 'Base utilities import nothing of the app.', BASE, [ENGINE, DATA, RENDER, APP, INTERACTION, ADAPTERS, CONFIG]),
    forbid('engine-below-adapters', 'The engine (matcher, knowledge, probe) never imports an adapter.', ENGINE, [ADAPTERS]),
    forbid('engine-below-render', 'The engine returns facts; words and embeds are the renderer’s, above it.', ENGINE, [DATA, RENDER, APP, INTERACTION]),
    forbid(
      'engine-takes-options-not-config',
      'Engine functions take option objects; the composition root maps Config to them.',
      ENGINE,
      [CONFIG],
    ),
    forbid('data-below-render', 'Storage and services sit under the renderer and the interaction layer.', DATA, [RENDER, APP, INTERACTION, ADAPTERS, CONFIG]),
    forbid('render-below-interaction', 'Renderers return plain data (src/render/reply.ts); they never see contexts or adapters.', RENDER, [APP, INTERACTION, ADAPTERS, CONFIG]),
    forbid('app-below-interaction', 'Tools over rendered output (FAQ, kb lint) sit under the interaction layer.', APP, [INTERACTION, ADAPTERS, CONFIG]),
    forbid('interaction-below-adapters', 'Commands see adapter-neutral contexts; the adapters implement them.', INTERACTION, [ADAPTERS]),
    {
      name: 'matcher-below-knowledge',
      comment: 'Inside the engine the knowledge loader builds the matcher index, so the matcher sees only the data model (knowledge/types.ts, problems.ts), never the loader.',
      severity: 'error',
      from: { path: '^src/matcher/' },
      to: { path: '^src/knowledge/', pathNot: KNOWLEDGE_MODEL },
    },
    {
      name: 'layer-unknown',
      comment: 'A module under src/ that is in no layer: place its folder in a layer above (and in README, Design).',
      severity: 'error',
      from: { path: '^src/', pathNot: ANY_LAYER },
      to: {},
    },
    {
      name: 'layer-unknown-import',
      comment: 'An import of a module under src/ that is in no layer: place its folder in a layer above (and in README, Design).',
      severity: 'error',
      from: {},
      to: { path: '^src/', pathNot: ANY_LAYER },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too (a layer rule is about what a module knows).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
