/**
 * The one logger: JSON lines on stderr (stdout stays free for command output such as facts JSON).
 */
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'diplograph'): Logger {
  return pino({ name, level }, pino.destination(2));
}
