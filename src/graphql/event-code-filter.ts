/**
 * The event-code filters that calls, commitments and incidents share: a CAMEO code or prefix
 * (2–4 digits) and a PLOVER event type. Bad values are refused with the argument's name.
 *
 * @example
 *   eventCodeFilter({ cameo: '04', plover: 'consult' }) // { cameo: '04', plover: 'CONSULT' }
 */
import { badUserInput } from './bad-user-input.js';

export function eventCodeFilter(where: { cameo?: string | null; plover?: string | null } | null | undefined): { cameo: string | null; plover: string | null } {
  const cameo = where?.cameo?.trim() || null;
  const plover = where?.plover?.trim().toUpperCase() || null;
  if (cameo !== null && !/^\d{2,4}$/.test(cameo)) throw badUserInput('where.cameo', 'must be a CAMEO code or prefix of 2 to 4 digits, such as "04" or "163"', cameo);
  if (plover !== null && !/^[A-Z_]{3,20}$/.test(plover)) throw badUserInput('where.plover', 'must be a PLOVER event type such as "CONSULT"', plover);
  return { cameo, plover };
}
