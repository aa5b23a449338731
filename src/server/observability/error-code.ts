/**
 * A coded error's code (BAD_USER_INPUT, EXTRACTION_TIMEOUT …), anything else INTERNAL: what the
 * ingest counters and the ingest span say of a failure. Never the message, which may quote the
 * client's input.
 *
 * @example
 *   errorCode(new GraphQLError('text is empty', { extensions: { code: 'BAD_USER_INPUT' } })); // 'BAD_USER_INPUT'
 *   errorCode(new Error('connection reset'));                                                 // 'INTERNAL'
 */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown; extensions?: { code?: unknown } })?.extensions?.code ?? (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^[A-Z][A-Z_]{1,40}$/.test(code) ? code : 'INTERNAL';
}
