/**
 * The live bus without a database: REDIS_URL is read once and checked; the in-process bus hands a
 * published event to each subscriber of its topic; `contactAdded`'s filter keeps only the calls
 * every given filter holds for.
 */
import { ConfigError, loadConfig } from '../../../src/config/env.js';
import { contactMatches } from '../../../src/graphql/resolvers/subscription-resolvers.js';
import { createLiveBus, LiveBusError } from '../../../src/server/live/create-live-bus.js';
import { freePort } from '../../helpers/free-port.js';

describe('REDIS_URL', () => {
  it('is unset by default: the in-process bus', () => {
    expect(loadConfig({}).live).toEqual({ redisUrl: null });
  });

  it.each(['redis://127.0.0.1:6379', 'rediss://user:secret@cache.example:6380/0'])('accepts %s', (url) => {
    expect(loadConfig({ REDIS_URL: url }).live.redisUrl).toBe(url);
  });

  it('refuses anything but a redis:// or rediss:// URL, naming the variable', () => {
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow(ConfigError);
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL="localhost:6379": a Redis URL/);
  });
});

describe('the in-process live bus', () => {
  it('hands each published event to every subscriber of its topic, and none of another', async () => {
    const { bus, transport, close } = await createLiveBus();
    expect(transport).toBe('in-process');
    const first = bus.subscribe('contactAdded')[Symbol.asyncIterator]();
    const second = bus.subscribe('contactAdded')[Symbol.asyncIterator]();
    const articles = bus.subscribe('articleIngested')[Symbol.asyncIterator]();
    // A repeater starts listening on its first next(): ask before publishing.
    const [a, b, c] = [first.next(), second.next(), articles.next()];
    await new Promise((r) => setImmediate(r));
    const event = { id: 'call_1', actors: ['joe-biden', 'olaf-scholz'], countries: ['DE', 'US'] };
    bus.publish('contactAdded', event);
    bus.publish('articleIngested', { id: 'art_1' });
    expect((await a).value).toEqual(event);
    expect((await b).value).toEqual(event);
    expect((await c).value).toEqual({ id: 'art_1' });
    await Promise.all([first.return?.(), second.return?.(), articles.return?.()]);
    await close();
  });

  it('with a REDIS_URL nothing answers on, fails with REDIS_UNAVAILABLE naming REDIS_URL and without the password', async () => {
    const url = `redis://user:secret-password@127.0.0.1:${await freePort()}`;
    const failure = createLiveBus({ redisUrl: url, connectTimeoutMs: 1_000 });
    await expect(failure).rejects.toThrow(LiveBusError);
    await expect(failure).rejects.toMatchObject({ code: 'REDIS_UNAVAILABLE', message: expect.stringMatching(/^REDIS_URL: cannot reach Redis at redis:\/\/user:\*\*\*@127\.0\.0\.1/) });
    await expect(failure).rejects.not.toThrow(/secret-password/);
  });
});

describe('the contactAdded filter', () => {
  const call = { id: 'call_1', actors: ['joe-biden', 'olaf-scholz'], countries: ['DE', 'US'] };
  it.each([
    [undefined, true],
    [{}, true],
    [{ actor: 'joe-biden' }, true],
    [{ actor: 'vladimir-putin' }, false],
    [{ country: 'de' }, true],
    [{ country: ' US ' }, true],
    [{ country: 'UA' }, false],
    [{ actor: 'joe-biden', country: 'UA' }, false],
    [{ actor: 'olaf-scholz', country: 'US' }, true],
  ])('where %j → %s', (where, expected) => {
    expect(contactMatches(where)(call)).toBe(expected);
  });

  it('refuses a country that is not an alpha-2 code, naming the argument', () => {
    expect(() => contactMatches({ country: 'Germany' })).toThrow(/Argument "where.country" must be an ISO 3166-1 alpha-2 code/);
  });
});
