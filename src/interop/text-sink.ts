/**
 * Where an export's text goes: a file or stdout, written in chunks of about 64 KB and waiting
 * for the stream to drain, so a large export neither piles up in memory nor blocks on tiny writes.
 *
 * @example
 *   const sink = streamSink(createWriteStream('graph.graphml'));
 *   await sink.write('<graphml>'); await sink.close();
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface TextSink {
  write(text: string): Promise<void>;
  /** Flushes; ends the stream unless it is stdout. */
  close(): Promise<void>;
}

const CHUNK = 64 * 1024;

export function streamSink(stream: Writable, options: { end?: boolean } = {}): TextSink {
  let buffer = '';
  const flush = async () => {
    if (buffer === '') return;
    const text = buffer;
    buffer = '';
    if (!stream.write(text)) await once(stream, 'drain');
  };
  return {
    async write(text) {
      buffer += text;
      if (buffer.length >= CHUNK) await flush();
    },
    async close() {
      await flush();
      if (options.end ?? true) {
        stream.end();
        await once(stream, 'finish');
      }
    },
  };
}

/** Collects text in memory (tests). */
export function memorySink(): TextSink & { text(): string } {
  const parts: string[] = [];
  return { write: async (t) => void parts.push(t), close: async () => undefined, text: () => parts.join('') };
}
