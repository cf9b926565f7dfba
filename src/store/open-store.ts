import { resolve } from 'node:path';
import { SqliteStore } from './sqlite/sqlite-store';
import type { Store } from './types';

/**
 * DATABASE_URL picks the store. `sqlite:<path>` (relative paths from the working directory) or
 * `sqlite::memory:` for tests. PostgreSQL (`postgres://`) is its own issue; until it lands the service says
 * so plainly at start-up instead of silently falling back to a file.
 */
export async function openStore(databaseUrl: string): Promise<Store> {
  if (databaseUrl.startsWith('sqlite:')) {
    const path = databaseUrl.slice('sqlite:'.length);
    const store = new SqliteStore(path === ':memory:' ? path : resolve(path));
    await store.migrate();
    return store;
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL: the PostgreSQL store is not available in this version; use sqlite:<path>');
  }
  throw new Error(`DATABASE_URL must start with sqlite: (got a URL with scheme "${databaseUrl.split(':')[0]}")`);
}
