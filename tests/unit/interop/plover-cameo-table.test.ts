/**
 * The PLOVER → CAMEO table is a data file: a bad hand edit must fail at load with every problem
 * named, and the shipped file must pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ploverCameoTable, readPloverCameoTable } from '../../../src/interop/plover-cameo-table.js';
import { ploverRule } from '../../../src/interop/plover-fact-rules.js';

function problemsOf(data: unknown): string[] {
  try {
    readPloverCameoTable('t.json', data);
  } catch (error) {
    const [first, ...problems] = (error as Error).message.split('\n  ');
    expect(first).toBe('t.json is malformed:');
    return problems;
  }
  throw new Error('the table was accepted');
}

describe('the PLOVER → CAMEO table', () => {
  it('lists every bad row at once, each by position and key', () => {
    const problems = problemsOf([
      { plover: 'CONSULT', cameo: '040', why: 'consult' },
      { plover: 'CONSULT', cameo: '041', why: 'again' },
      { plover: 'AID/military', cameo: '999', why: 'no such rule' },
      { plover: 'aid', cameo: '070', why: 'lower case' },
      { plover: 'FIGHT', cameo: '190', why: 'typo in a field name', nots: 'x' },
      { plover: 'ASSAULT', cameo: '18', why: '' },
    ]);
    expect(problems).toEqual([
      'row 1 ("CONSULT"): CONSULT is mapped twice',
      'row 2 ("AID/military"): CAMEO 999 has no fact rule',
      expect.stringMatching(/^row 3 \("aid"\): plover: a PLOVER event in capitals/),
      expect.stringMatching(/^row 4 \("FIGHT"\): \(row\): Unrecognized key/),
      expect.stringMatching(/^row 5 \("ASSAULT"\): cameo: a CAMEO code of 3 or 4 digits/),
      expect.stringMatching(/^row 5 \("ASSAULT"\): why: /),
    ]);
  });

  it('wants an array of rows', () => {
    expect(problemsOf({ CONSULT: { cameo: '040', why: 'x' } })).toEqual(['expected a JSON array of rows, received object']);
  });

  it('ships a table whose every row becomes the fact rule of its CAMEO code', () => {
    const rows = JSON.parse(readFileSync(join(process.cwd(), 'src/interop/data/plover-cameo.json'), 'utf8')) as { plover: string; cameo: string }[];
    expect(ploverCameoTable().size).toBe(rows.length);
    for (const { plover, cameo } of rows) {
      const [event, mode] = plover.split('/');
      expect({ plover, rule: ploverRule({ event, mode: mode ?? null, context: null }) }).toMatchObject({ plover, rule: { cameo } });
    }
  });
});
