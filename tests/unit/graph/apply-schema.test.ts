import { splitCypherScript } from '../../../src/graph/apply-schema.js';

describe('splitCypherScript: a schema file as statements', () => {
  it('drops comment lines and splits on a semicolon at the end of a line', () => {
    const script = '// constraints\nCREATE CONSTRAINT a IF NOT EXISTS\n  FOR (n:A) REQUIRE n.id IS UNIQUE;\n\n// x; y\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);  \n';
    expect(splitCypherScript(script)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS\n  FOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)',
    ]);
  });

  it('keeps a semicolon inside a line and a last statement without one', () => {
    expect(splitCypherScript("RETURN 'a;b' AS x;\nRETURN 1")).toEqual(["RETURN 'a;b' AS x", 'RETURN 1']);
  });
});
