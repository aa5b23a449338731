/**
 * Resolves the Neo4j server's jars from Maven Central through `neo4j/pom.xml` and returns the
 * Java classpath. Maven caches the jars in ~/.m2; the classpath itself is cached beside them,
 * keyed by the pom's hash, and re-resolved when a listed jar has gone missing.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const pomPath = fileURLToPath(new URL('../../neo4j/pom.xml', import.meta.url));

/** The Neo4j version the pom pins, e.g. "5.26.16". */
export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomPath, 'utf8'));
  if (!match) throw new Error(`${pomPath} has no <neo4j.version> property`);
  return match[1];
}

function cacheFile(): string {
  const hash = createHash('sha256').update(readFileSync(pomPath)).digest('hex').slice(0, 12);
  const dir = join(homedir(), '.m2', 'diplograph');
  mkdirSync(dir, { recursive: true });
  return join(dir, `neo4j-${neo4jVersion()}-${hash}.classpath`);
}

function usable(file: string): string | null {
  if (!existsSync(file)) return null;
  const classpath = readFileSync(file, 'utf8').trim();
  const jars = classpath.split(delimiter);
  return jars.length > 10 && jars.every((jar) => existsSync(jar)) ? classpath : null;
}

/**
 * Returns the server classpath, running Maven when it is not cached yet.
 * @param onResolve called before a (slow) Maven resolution starts, e.g. to log it.
 */
export async function resolveNeo4jClasspath(onResolve?: (version: string) => void): Promise<string> {
  const file = cacheFile();
  const cached = usable(file);
  if (cached) return cached;
  onResolve?.(neo4jVersion());
  try {
    await run('mvn', ['-q', '-B', '-f', pomPath, 'dependency:build-classpath', `-Dmdep.outputFile=${file}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    const detail = err as { stdout?: string; stderr?: string; message: string };
    const output = `${detail.stdout ?? ''}${detail.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`could not resolve Neo4j from Maven Central (is \`mvn\` installed and online?):\n${output || detail.message}`);
  }
  const resolved = usable(file);
  if (!resolved) throw new Error(`Maven wrote no usable classpath to ${file}`);
  return resolved;
}
