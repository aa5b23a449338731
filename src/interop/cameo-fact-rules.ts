/**
 * CAMEO event codes → facts. Consult (040–046) → Call, aid (070–075) and sanctions (160–166) →
 * Commitment, force (180–204) → Incident. A four-digit code takes the rule of its three-digit
 * parent ("1621" reduce economic aid → "162"), keeping its own code. Kinds reuse those of
 * src/graph/event-codes.ts where the meaning is the same (sanctions, economic_aid, strike …).
 * Labels follow the CAMEO 1.1b3 codebook.
 *
 * @example
 *   cameoRule('042')   // { fact: 'call', medium: 'in_person', cameo: '042', why: 'Make a visit' }
 *   cameoRule('1621')  // { fact: 'commitment', kind: 'aid_cut', toward: 'target', cameo: '1621', … }
 *   cameoRule('010')   // null: a statement, not imported
 */
import type { FactRule } from './fact-rule.js';

/** A rule without its code (the table's key gives it), plus an example sentence. */
type WithoutCode<R> = R extends unknown ? Omit<R, 'cameo'> & { example: string } : never;
type Row = WithoutCode<FactRule>;

const call = (medium: 'phone' | 'in_person' | 'unspecified', why: string, example: string): Row => ({ fact: 'call', medium, why, example });
const aid = (kind: string, why: string, example: string): Row => ({ fact: 'commitment', kind, toward: 'beneficiary', why, example });
const cut = (kind: string, why: string, example: string): Row => ({ fact: 'commitment', kind, toward: 'target', why, example });
const force = (kind: string, why: string, example: string): Row => ({ fact: 'incident', kind, why, example });

export const CAMEO_RULES: Record<string, Row> = {
  '040': call('unspecified', 'Consult, not specified below', 'Officials of the two countries held consultations.'),
  '041': call('phone', 'Discuss by telephone', 'Putin discussed Syria with Netanyahu by telephone.'),
  '042': call('in_person', 'Make a visit', 'The minister visited Minsk.'),
  '043': call('in_person', 'Host a visit', 'Paris hosted the Chancellor.'),
  '044': call('in_person', 'Meet at a "third" location', 'The two presidents met in Geneva.'),
  // Mediation and negotiation are contacts between the two sides, medium not stated.
  '045': call('unspecified', 'Mediate', 'Norway mediated between the parties.'),
  '046': call('unspecified', 'Engage in negotiation', 'The two governments negotiated a deal.'),
  '070': aid('aid', 'Provide aid, not specified below', 'The EU gave aid to Ivory Coast.'),
  '071': aid('economic_aid', 'Provide economic aid', 'Japan provided a loan to Pakistan.'),
  '072': aid('military_aid', 'Provide military aid', 'The US sent arms to Pakistan.'),
  '073': aid('humanitarian_aid', 'Provide humanitarian aid', 'Aid groups delivered food to Bam.'),
  '074': aid('security_assistance', 'Provide military protection or peacekeeping', 'NATO deployed peacekeepers.'),
  '075': aid('asylum', 'Grant asylum', 'Sweden granted asylum to the dissident.'),
  '160': cut('reduce_relations', 'Reduce relations, not specified below', 'The government suspended links.'),
  '161': cut('reduce_relations', 'Reduce or break diplomatic relations', 'Morocco broke off relations.'),
  '162': cut('aid_cut', 'Reduce or stop material aid', 'Japan halted economic aid to Serbia.'),
  '163': cut('sanctions', 'Impose embargo, boycott, or sanctions', 'The UN Security Council imposed sanctions on South Sudan.'),
  '164': cut('halt_negotiations', 'Halt negotiations', 'The talks were called off.'),
  '165': cut('halt_mediation', 'Halt mediation', 'The envoy ended his mediation.'),
  '166': cut('expel_or_withdraw', 'Expel or withdraw', 'Iraq expelled the inspectors.'),
  '180': force('assault', 'Use unconventional violence, not specified below', 'Gunmen attacked a bus.'),
  '181': force('abduction', 'Abduct, hijack, or take hostage', 'Rebels kidnapped two aid workers.'),
  '182': force('physical_assault', 'Physically assault', 'Police beat protesters.'),
  '183': force('bombing', 'Conduct suicide, car, or other non-military bombing', 'A car bomb exploded in the market.'),
  '184': force('human_shield', 'Use as human shield', 'Fighters used villagers as shields.'),
  '185': force('assassination_attempt', 'Attempt to assassinate', 'Gunmen tried to kill the mayor.'),
  '186': force('assassination', 'Assassinate', 'The minister was assassinated.'),
  // "invasion" (event-codes.ts) reads more into 190 than the code says.
  '190': force('military_force', 'Use conventional military force, not specified below', 'Troops attacked the town.'),
  '191': force('blockade', 'Impose blockade, restrict movement', 'The navy blockaded the port.'),
  '192': force('occupation', 'Occupy territory', 'Troops occupied the village.'),
  '193': force('small_arms_fight', 'Fight with small arms and light weapons', 'Soldiers opened fire.'),
  '194': force('shelling', 'Fight with artillery and tanks', 'Tanks shelled the city.'),
  '195': force('strike', 'Employ aerial weapons', 'Aircraft bombed the depot.'),
  '196': force('ceasefire_violation', 'Violate ceasefire', 'Both sides violated the truce.'),
  '200': force('mass_violence', 'Use unconventional mass violence, not specified below', 'Militias massacred civilians.'),
  '201': force('mass_expulsion', 'Engage in mass expulsion', 'Thousands were driven out.'),
  '202': force('mass_killing', 'Engage in mass killings', 'Hundreds were killed in the massacre.'),
  '203': force('ethnic_cleansing', 'Engage in ethnic cleansing', 'The forces engaged in ethnic cleansing.'),
  '204': force('wmd_use', 'Use weapons of mass destruction', 'Chemical weapons were used.'),
};

/** The rule for a CAMEO code (exact, else its three-digit parent), or null when the code is not imported. */
export function cameoRule(code: string): FactRule | null {
  const row = (Object.hasOwn(CAMEO_RULES, code) ? CAMEO_RULES[code] : undefined) ?? (Object.hasOwn(CAMEO_RULES, code.slice(0, 3)) ? CAMEO_RULES[code.slice(0, 3)] : undefined);
  if (!row) return null;
  const { example: _example, ...rule } = row;
  return { ...rule, cameo: code } as FactRule;
}
