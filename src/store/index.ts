/** The data layer: open a database, migrate it, and the repositories over it. */
export { databaseTarget, describeTarget, openStore, DEFAULT_SQLITE_PATH, DatabaseUrlError, type DatabaseTarget, type Store } from './open';
export { migrateToLatest, migrationStatus, DatabaseNewerError, MigrationError } from './migrate';
export { createFaqRepo, type FaqRepo, type StoredFaq, type FaqFields, type SaveResult } from './faq-repo';
export { backupTo } from './backup';
export { createGapsRepo, type GapsRepo, type GapCluster } from './gaps-repo';
export { createPhrasesRepo, type PhrasesRepo, type PhraseTargetKind, type StoredPhrase } from './phrases-repo';
export { createStatsRepo, type StatsRepo, WEEK_MS } from './stats-repo';
