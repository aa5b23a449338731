/**
 * Small readers for the exported text formats, enough to check them: an XML well-formedness
 * check that counts elements (tags balanced, one root, entities known), and an RFC 4180 CSV parser.
 */

/** Element name → count; throws when the document is not well formed. */
export function xmlElements(xml: string): Map<string, number> {
  const counts = new Map<string, number>();
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let roots = 0;
  while ((match = tag.exec(body))) {
    const [, close, name, , selfClose, text] = match;
    const checked = text ?? match[3] ?? '';
    const entity = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(checked);
    if (entity) throw new Error(`bad entity near ${checked.slice(entity.index, entity.index + 20)}`);
    if (text !== undefined) {
      if (stack.length === 0 && text.trim()) throw new Error(`text outside the root: ${text.slice(0, 20)}`);
      continue;
    }
    if (close) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
      continue;
    }
    if (stack.length === 0) roots++;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (!selfClose) stack.push(name);
  }
  if (tag.lastIndex !== 0 && tag.lastIndex < body.length) throw new Error(`cannot read XML at ${body.slice(tag.lastIndex, tag.lastIndex + 40)}`);
  if (stack.length > 0 || roots !== 1) throw new Error(`not well formed: open ${stack.join(' > ')}, ${roots} roots`);
  return counts;
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n') row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = '');
    else field += ch;
  }
  if (field || row.length > 0) rows.push([...row, field]);
  return rows;
}
