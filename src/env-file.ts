/**
 * The optional `.env` file. Kept apart from config.ts so that commands which only need
 * KNOWLEDGE_DIR (explain, faq, kb) do not load zod; dotenv itself loads only when the file exists.
 */
import { existsSync } from 'node:fs';
import type * as Dotenv from 'dotenv';

/** Load `.env` from the working directory if present (never overrides real environment variables). */
export function loadDotEnv(path = '.env'): void {
  if (!existsSync(path)) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dotenv = require('dotenv') as typeof Dotenv;
  // quiet keeps dotenv from printing its banner on stdout.
  dotenv.config({ path, quiet: true });
}
