/**
 * Vitest's global setup: one PostgreSQL server for the whole run, its settings given to the
 * tests with `inject('postgres')`, stopped (and its folder removed) when the run ends, failed or not.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres, type PostgresSettings } from './postgresServer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresSettings;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPostgres();
  project.provide('postgres', server.settings);
  return () => {
    server.stop();
  };
}
