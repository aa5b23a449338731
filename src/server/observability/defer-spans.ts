/**
 * A TracerProvider whose spans are made after the fact, for @envelop/opentelemetry's operation
 * span: within the request, starting a span only notes its name, options, parent and start time,
 * attributes set on it are kept, and ending it notes the end time. The SDK's span (sampler, trace
 * and span ids, attribute checks, the span processor, at times a whole OTLP batch serialised) is
 * made with those times afterwards (`afterwards`: after the request's work, create-tracing.ts), or
 * at once when something needs it first: its ids (a child span, a caller reading its context), its
 * status, an event (issue 20: what tracing costs a request's p50; the trace itself is unchanged).
 *
 * Until it is made, a span reports that it records: whether the sampler keeps it is decided when
 * it is made, and a child made under a span the sampler left out is left out with it.
 *
 * @example
 *   const deferred = deferSpans(provider.getTracer('diplograph'), (work) => setImmediate(work));
 *   useOpenTelemetry({ resolvers: false }, deferred, SpanKind.SERVER); // its span is made on the next turn of the event loop
 */
import { context as contexts, type Attributes, type AttributeValue, type Context, type Exception, type Link, type Span, type SpanContext, type SpanOptions, type SpanStatus, type TimeInput, type Tracer, type TracerProvider } from '@opentelemetry/api';

/** Epoch milliseconds, sub-millisecond, on the clock the statements' times are taken by (create-tracing.ts). */
export const epochMs = () => performance.timeOrigin + performance.now();

export function deferSpans(tracer: Tracer, afterwards: (work: () => void) => void): TracerProvider {
  const deferred: Tracer = {
    startSpan: (name, options = {}, parent = contexts.active()) => new DeferredSpan(tracer, name, options, parent, afterwards),
    // Not used by the plugin; a span made at once.
    startActiveSpan: ((...args: Parameters<Tracer['startActiveSpan']>) => (tracer.startActiveSpan as (...a: unknown[]) => unknown)(...args)) as Tracer['startActiveSpan'],
  };
  return { getTracer: () => deferred };
}

class DeferredSpan implements Span {
  private made: Span | undefined;
  private readonly attributes: Attributes;
  private readonly startTime: TimeInput;
  private ended = false;

  constructor(
    private readonly tracer: Tracer,
    private name: string,
    private readonly options: SpanOptions,
    private readonly parent: Context,
    private readonly afterwards: (work: () => void) => void,
  ) {
    this.attributes = { ...options.attributes };
    this.startTime = options.startTime ?? epochMs();
  }

  /** The SDK's span, made now if it was not yet, with the start time and attributes noted so far. */
  private real(): Span {
    this.made ??= this.tracer.startSpan(this.name, { ...this.options, attributes: this.attributes, startTime: this.startTime }, this.parent);
    return this.made;
  }

  spanContext(): SpanContext {
    return this.real().spanContext();
  }
  isRecording(): boolean {
    return this.made?.isRecording() ?? !this.ended;
  }
  setAttribute(key: string, value: AttributeValue): this {
    if (this.made) this.made.setAttribute(key, value);
    else this.attributes[key] = value;
    return this;
  }
  setAttributes(attributes: Attributes): this {
    for (const [key, value] of Object.entries(attributes)) if (value !== undefined) this.setAttribute(key, value);
    return this;
  }
  updateName(name: string): this {
    if (this.made) this.made.updateName(name);
    else this.name = name;
    return this;
  }
  // Rare (an error, an event): made now, so that the status or event lands on the span as the SDK records it.
  setStatus(status: SpanStatus): this {
    this.real().setStatus(status);
    return this;
  }
  addEvent(name: string, attributesOrStartTime?: Attributes | TimeInput, startTime?: TimeInput): this {
    this.real().addEvent(name, attributesOrStartTime, startTime);
    return this;
  }
  addLink(link: Link): this {
    this.real().addLink(link);
    return this;
  }
  addLinks(links: Link[]): this {
    this.real().addLinks(links);
    return this;
  }
  recordException(exception: Exception, time?: TimeInput): void {
    this.real().recordException(exception, time);
  }
  end(endTime?: TimeInput): void {
    if (this.ended) return;
    this.ended = true;
    const end = endTime ?? epochMs();
    this.afterwards(() => this.real().end(end));
  }
}
