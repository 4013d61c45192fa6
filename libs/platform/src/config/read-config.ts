import { config as loadDotenv } from 'dotenv';
import { AppConfig } from './app-config';
import { loadEnvironment } from './load-environment';

/** Reads `.env` (if present, never overriding real variables) and the process environment. */
export function readConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  loadDotenv({ quiet: true });
  return new AppConfig(loadEnvironment({ ...process.env, ...overrides }));
}
