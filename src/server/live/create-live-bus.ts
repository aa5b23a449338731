/**
 * The bus live updates travel on: in this process by default, or through Redis when `redisUrl`
 * is set, so that an article ingested through one API replica reaches the subscribers of every
 * other (`@graphql-yoga/redis-event-target`: one connection publishes, one subscribes).
 *
 * Redis is checked at start-up: a wrong or unreachable REDIS_URL stops the start with a message
 * naming it, rather than a service whose subscribers silently never hear of other replicas.
 * Afterwards ioredis reconnects by itself; events published while Redis is away are lost (live
 * updates are a notification, the graph stays the record).
 *
 * @example
 *   const { bus, close } = await createLiveBus({ redisUrl: config.live.redisUrl });
 *   bus.publish('articleIngested', { id: 'art_07c8ae4b511719ab' });
 *   await close();
 */
import { createPubSub, SlidingBuffer } from 'graphql-yoga';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { LiveBus, LiveTopics } from '../../graphql/subscriptions/live-events.js';
import type { PubSubEventTarget } from 'graphql-yoga';
import type { Logger } from '../../logger.js';

export interface LiveBusOptions {
  /** redis:// or rediss:// URL; null for the in-process bus. */
  redisUrl?: string | null;
  /** How long the start-up check waits for Redis. */
  connectTimeoutMs?: number;
  /** Where a lost Redis connection is reported (ioredis reconnects by itself). */
  logger?: Pick<Logger, 'warn'>;
}

export interface LiveBusHandle {
  bus: LiveBus;
  /** Where events travel, for the start-up log: 'in-process' or the Redis host and port. */
  transport: string;
  close(): Promise<void>;
}

/** Redis is not reachable at REDIS_URL at start-up. */
export class LiveBusError extends Error {
  readonly code = 'REDIS_UNAVAILABLE';
}

// A subscriber that reads slower than events arrive keeps the newest 256 rather than failing:
// the feed is a notification, and the graph holds every fact.
const buffer = () => new SlidingBuffer(256);

export async function createLiveBus(options: LiveBusOptions = {}): Promise<LiveBusHandle> {
  if (!options.redisUrl) {
    return { bus: createPubSub<LiveTopics>({ repeaterBuffer: buffer() }), transport: 'in-process', close: async () => {} };
  }
  let starting = true;
  // The first error says why (ECONNREFUSED, ENOTFOUND, WRONGPASS); connect() itself rejects with a vaguer one.
  let cause: Error | null = null;
  const connect = () =>
    new Redis(options.redisUrl!, { lazyConnect: true, connectTimeout: options.connectTimeoutMs ?? 5_000, maxRetriesPerRequest: 3 }).on('error', (err: Error) => {
      if (starting) cause ??= err;
      else options.logger?.warn({ err }, 'live updates: the Redis connection failed; reconnecting');
    });
  const publishClient = connect();
  const subscribeClient = connect();
  const clients = [publishClient, subscribeClient];
  try {
    await Promise.all(clients.map((c) => c.connect()));
    starting = false;
  } catch (error) {
    clients.forEach((c) => c.disconnect());
    throw new LiveBusError(`REDIS_URL: cannot reach Redis at ${redacted(options.redisUrl)} (${(cause ?? (error as Error)).message})`);
  }
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient }) as PubSubEventTarget<LiveTopics>;
  return {
    bus: createPubSub<LiveTopics>({ eventTarget, repeaterBuffer: buffer() }),
    transport: `redis ${publishClient.options.host}:${publishClient.options.port}`,
    async close() {
      await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}

/** The URL without its password, for messages and logs. */
function redacted(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(not a URL)';
  }
}
