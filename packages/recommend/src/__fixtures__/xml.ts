/**
 * A minimal XML reader for tests: checks well-formedness (one root, balanced and properly nested
 * tags, only the five predefined entities, no stray `<` or `&`) and returns an element tree.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`bad entity in ${JSON.stringify(text)}`);
  if (text.includes('<')) throw new Error(`stray < in ${JSON.stringify(text)}`);
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_match, name: string) => ENTITIES[name] ?? '');
}

/** Parses `source`; throws an Error naming the first well-formedness problem. */
export function parseXml(source: string): XmlElement {
  // Comments (which must not contain `--`) carry no data for these tests.
  let rest = source.replace(/^<\?xml[^?]*\?>\s*/, '').replace(/<!--(?:(?!--)[\s\S])*-->\s*/g, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const token =
    /^(<\/([A-Za-z][\w.-]*)\s*>|<([A-Za-z][\w.-]*)((?:\s+[A-Za-z][\w.-]*="[^"<]*")*)\s*(\/?)>|[^<]+)/;
  while (rest.length > 0) {
    const match = token.exec(rest);
    if (!match) throw new Error(`not well-formed at ${JSON.stringify(rest.slice(0, 40))}`);
    rest = rest.slice(match[0].length);
    if (match[2] !== undefined) {
      const open = stack.pop();
      if (open?.name !== match[2]) throw new Error(`</${match[2]}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    if (match[3] !== undefined) {
      const attributes: Record<string, string> = {};
      for (const attribute of (match[4] ?? '').matchAll(/([A-Za-z][\w.-]*)="([^"]*)"/g)) {
        attributes[attribute[1] ?? ''] = decode(attribute[2] ?? '');
      }
      const element: XmlElement = { name: match[3], attributes, children: [], text: '' };
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) throw new Error('more than one root element');
      else root = element;
      if (match[5] !== '/') stack.push(element);
      continue;
    }
    const text = match[0];
    const parent = stack.at(-1);
    if (!parent) {
      if (text.trim() !== '') throw new Error('text outside the root element');
      continue;
    }
    parent.text += decode(text);
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)?.name}> is not closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** The children of `element` named `name`. */
export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The trimmed text of the first child named `name`, or undefined. */
export function childText(element: XmlElement, name: string): string | undefined {
  return children(element, name)[0]?.text.trim();
}
