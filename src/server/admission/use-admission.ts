/**
 * Admission control as a yoga plugin: an operation that selects a heavy field (heavy-fields.ts)
 * runs only once the gate admits it, and is refused with OVERLOADED (503, Retry-After) when the
 * gate is full. Runs after auth and the query limits, so refused or unauthorised operations
 * never take a slot.
 */
import type { Plugin } from 'graphql-yoga';
import type { AdmissionGate } from './admission-gate.js';
import { HEAVY_FIELDS, selectsHeavyField, type HeavyField } from './heavy-fields.js';

/** `heavyFields`: the fields that take a slot (HEAVY_FIELDS; tests choose their own). */
export function useAdmission(gate: AdmissionGate, heavyFields: readonly HeavyField[] = HEAVY_FIELDS): Plugin {
  return {
    // Not async: an operation with no heavy field runs with no promise made and none awaited.
    onExecute({ args, setResultAndStopExecution }) {
      if (!selectsHeavyField(args.schema, args.document, heavyFields)) return;
      return gate.enter().then(
        (release) => ({ onExecuteDone: () => release() }),
        (error: unknown) => void setResultAndStopExecution({ errors: [error as Error] as never }),
      );
    },
  };
}
