/**
 * The password of the local Neo4j: NEO4J_PASSWORD when set; otherwise the one generated on the
 * server's first start and kept in `DATA_DIR/neo4j-password` (mode 0600), so a production start
 * never uses a default; otherwise, in development only, the development default.
 *
 * @example
 *   localPassword({ dataDir: './data', password: null, production: true, create: true });
 *   // { password: 'k3…', source: '/…/data/neo4j-password' }, the file created on first use
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PasswordOptions {
  dataDir: string;
  /** NEO4J_PASSWORD, or null when unset. */
  password: string | null;
  production: boolean;
  /** Generate the file when missing (the process that starts the server); else only read it. */
  create: boolean;
  devDefault: string;
}

export interface LocalPassword {
  password: string;
  /** Where it came from, for messages: 'NEO4J_PASSWORD', the file's path, or 'the development default'. */
  source: string;
}

export const passwordFile = (dataDir: string) => join(dataDir, 'neo4j-password');

export function localPassword(o: PasswordOptions): LocalPassword {
  if (o.password !== null) return { password: o.password, source: 'NEO4J_PASSWORD' };
  const file = passwordFile(o.dataDir);
  if (existsSync(file)) return { password: readFileSync(file, 'utf8').trim(), source: file };
  if (!o.production) return { password: o.devDefault, source: 'the development default' };
  if (!o.create) throw new Error(`no NEO4J_PASSWORD and no ${file}: start the service once, or set NEO4J_PASSWORD`);
  mkdirSync(o.dataDir, { recursive: true });
  writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600); // in case the umask widened it
  return { password: readFileSync(file, 'utf8').trim(), source: file };
}
