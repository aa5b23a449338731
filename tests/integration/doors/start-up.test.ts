/**
 * Start-up that fails fast and says what to do (issue 17), with `serve` as users run it: a taken
 * HTTP port or a Bolt port held by something that is not this project's Neo4j for this DATA_DIR
 * ends the command within 5 s with one message naming the variable; an unreachable NEO4J_URI or a
 * wrong password is one line naming the URI and the variable. On a busy machine (the suite shares
 * two cores with JVMs) the CLI's own start-up alone can pass 5 s, so the bound is 5 s or that
 * start-up (`diplograph --help`, measured here) plus 2 s, whichever is larger.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../helpers/free-port.js';
import { runCli } from '../../helpers/run-cli.js';

function listen(port: number): Promise<Server> {
  return new Promise((done) => {
    // Something else: accepts connections and never says a word (the worst case for a Bolt client).
    const server = createServer(() => {});
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

describe('serve fails fast and names what to change', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-start-up-'));
  const taken: Server[] = [];
  let fast = 5_000;
  beforeAll(async () => {
    const bare = await runCli(['--help'], {});
    fast = Math.max(5_000, bare.ms + 2_000);
  });
  afterAll(() => {
    taken.forEach((s) => s.close());
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('names PORT when the HTTP port is taken, before starting Neo4j', async () => {
    const port = await freePort();
    taken.push(await listen(port));
    const r = await runCli(['serve'], { DATA_DIR: dataDir, PORT: String(port), NEO4J_BOLT_PORT: String(await freePort()) });
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(fast);
    expect(r.stderr.trim().split('\n').pop()).toBe(`diplograph: PORT=${port} is already in use on 127.0.0.1: set PORT to a free port`);
    expect(r.stderr).not.toMatch(/starting the local Neo4j/);
  });

  it('names NEO4J_BOLT_PORT when the Bolt port is held by something that is not its Neo4j', async () => {
    const bolt = await freePort();
    taken.push(await listen(bolt));
    const r = await runCli(['serve'], { DATA_DIR: dataDir, PORT: String(await freePort()), NEO4J_BOLT_PORT: String(bolt) });
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(fast);
    expect(r.stderr).toMatch(new RegExp(`NEO4J_BOLT_PORT=${bolt} is taken by a process that is not this project's Neo4j for DATA_DIR=`));
    expect(r.stderr).not.toMatch(/using the local Neo4j|acquisition/);
  });

  it('says in one line that NEO4J_URI cannot be reached', async () => {
    const port = await freePort();
    const r = await runCli(['serve'], { DATA_DIR: dataDir, PORT: String(await freePort()), NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'any-password' });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('{'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^diplograph: cannot reach Neo4j at bolt://127.0.0.1:${port}: check NEO4J_URI`));
  });

  it('never hangs on a NEO4J_URI that accepts connections and never answers', async () => {
    const silent = await freePort();
    taken.push(await listen(silent));
    const r = await runCli(['serve'], { DATA_DIR: dataDir, PORT: String(await freePort()), NEO4J_URI: `bolt://127.0.0.1:${silent}`, NEO4J_PASSWORD: 'any-password' });
    expect(r.code).toBe(1);
    // It ends (before the fix it printed its message and never exited): the service's code is loaded
    // first here, then the driver gives up after its acquisition timeout (3 s).
    expect(r.ms).toBeLessThan(45_000);
    expect(r.stderr.trim().split('\n').pop()).toMatch(new RegExp(`^diplograph: cannot reach Neo4j at bolt://127.0.0.1:${silent}: check NEO4J_URI`));
  }, 90_000);

  it('says in one line that the password is wrong, naming NEO4J_PASSWORD', async () => {
    const uri = process.env.NEO4J_URI!;
    const r = await runCli(['serve'], { DATA_DIR: dataDir, PORT: String(await freePort()), NEO4J_URI: uri, NEO4J_PASSWORD: 'not-the-password' });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('{'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^diplograph: Neo4j at ${uri} refused user "neo4j" with the password from NEO4J_PASSWORD: check NEO4J_USER and NEO4J_PASSWORD`));
  });
});
