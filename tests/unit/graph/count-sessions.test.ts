/**
 * Sessions in flight by access mode, counted on a real driver (a session connects only when it
 * runs a statement, so none is needed here).
 */
import neo4j from 'neo4j-driver';
import { countSessions } from '../../../src/graph/count-sessions.js';

describe('countSessions', () => {
  const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'unused-password'));
  afterAll(() => driver.close());

  it('counts sessions from open to close, by access mode, once however often they are closed', async () => {
    const sessions = countSessions(driver);
    const reads = [sessions.driver.session({ defaultAccessMode: 'READ' }), sessions.driver.session({ defaultAccessMode: 'READ' })];
    const write = sessions.driver.session({ defaultAccessMode: 'WRITE' });
    const unstated = sessions.driver.session();
    expect(sessions.inFlight()).toEqual({ READ: 2, WRITE: 2 });
    await reads[0].close();
    await reads[0].close();
    await write.close();
    expect(sessions.inFlight()).toEqual({ READ: 1, WRITE: 1 });
    await Promise.all([reads[1].close(), unstated.close()]);
    expect(sessions.inFlight()).toEqual({ READ: 0, WRITE: 0 });
  });

  it('leaves the rest of the driver as it is: its other methods reach the real driver', async () => {
    const { driver: counted } = countSessions(driver);
    const failure = await driver.verifyConnectivity().catch((err: Error) => err.message);
    await expect(counted.verifyConnectivity()).rejects.toThrow(failure as string);
  });
});
