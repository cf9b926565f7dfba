/**
 * A small, strict XML reader for TwiML responses. The project has no XML parser dependency, and TwiML is
 * plain XML: elements, attributes, text, the five predefined entities and character references, comments,
 * CDATA and an optional declaration. Anything malformed is an error, as it is for Twilio (error 12100,
 * "Document parse failure"), so a bot that emits broken TwiML fails here too instead of passing by luck.
 * DOCTYPE is refused: TwiML never needs one, and refusing it keeps entity expansion out of the picture.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlParseError extends Error {}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/;

export function parseXml(source: string): XmlElement {
  const parser = new Parser(source.replace(/^\uFEFF/, ''));
  return parser.document();
}

/** The concatenated text inside an element, entities already decoded. */
export function textContent(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

class Parser {
  private position = 0;

  constructor(private readonly source: string) {}

  document(): XmlElement {
    this.skipMisc();
    if (this.source.startsWith('<?xml', this.position)) {
      this.skipPast('?>', 'XML declaration');
      this.skipMisc();
    }
    if (this.source.startsWith('<!DOCTYPE', this.position)) throw new XmlParseError('DOCTYPE is not allowed');
    if (this.source[this.position] !== '<') throw new XmlParseError('expected a root element');
    const root = this.element();
    this.skipMisc();
    if (this.position < this.source.length) throw new XmlParseError('content after the root element');
    return root;
  }

  /** Whitespace, comments and processing instructions, allowed around the root element. */
  private skipMisc(): void {
    for (;;) {
      while (/\s/.test(this.source[this.position] ?? '')) this.position += 1;
      if (this.source.startsWith('<!--', this.position)) this.skipPast('-->', 'comment');
      else if (this.source.startsWith('<?', this.position) && !this.source.startsWith('<?xml', this.position)) this.skipPast('?>', 'processing instruction');
      else return;
    }
  }

  private skipPast(terminator: string, what: string): string {
    const end = this.source.indexOf(terminator, this.position);
    if (end === -1) throw new XmlParseError(`unterminated ${what}`);
    const skipped = this.source.slice(this.position, end);
    this.position = end + terminator.length;
    return skipped;
  }

  private element(): XmlElement {
    this.position += 1; // '<'
    const name = this.name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const hadSpace = this.skipSpace();
      const c = this.source[this.position];
      if (c === '/' && this.source[this.position + 1] === '>') {
        this.position += 2;
        return { name, attributes, children: [] };
      }
      if (c === '>') {
        this.position += 1;
        break;
      }
      if (!hadSpace) throw new XmlParseError(`malformed start tag <${name}>`);
      const attribute = this.name();
      if (attribute in attributes) throw new XmlParseError(`duplicate attribute ${attribute}`);
      this.skipSpace();
      if (this.source[this.position] !== '=') throw new XmlParseError(`attribute ${attribute} has no value`);
      this.position += 1;
      this.skipSpace();
      attributes[attribute] = this.attributeValue();
    }
    return { name, attributes, children: this.content(name) };
  }

  private content(parent: string): XmlNode[] {
    const children: XmlNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text) children.push(text);
      text = '';
    };
    for (;;) {
      if (this.position >= this.source.length) throw new XmlParseError(`<${parent}> is not closed`);
      if (this.source.startsWith('</', this.position)) {
        this.position += 2;
        const name = this.name();
        this.skipSpace();
        if (name !== parent || this.source[this.position] !== '>') throw new XmlParseError(`</${name}> does not close <${parent}>`);
        this.position += 1;
        flush();
        return children;
      }
      if (this.source.startsWith('<!--', this.position)) this.skipPast('-->', 'comment');
      else if (this.source.startsWith('<![CDATA[', this.position)) {
        this.position += '<![CDATA['.length;
        text += this.skipPast(']]>', 'CDATA section');
      } else if (this.source.startsWith('<?', this.position)) this.skipPast('?>', 'processing instruction');
      else if (this.source[this.position] === '<') {
        flush();
        children.push(this.element());
      } else {
        const next = this.source.indexOf('<', this.position);
        const end = next === -1 ? this.source.length : next;
        text += decodeEntities(this.source.slice(this.position, end));
        this.position = end;
      }
    }
  }

  private name(): string {
    const match = NAME.exec(this.source.slice(this.position, this.position + 200));
    if (!match) throw new XmlParseError(`expected a name at offset ${this.position}`);
    this.position += match[0].length;
    return match[0];
  }

  private skipSpace(): boolean {
    const start = this.position;
    while (/\s/.test(this.source[this.position] ?? '')) this.position += 1;
    return this.position > start;
  }

  private attributeValue(): string {
    const quote = this.source[this.position];
    if (quote !== '"' && quote !== "'") throw new XmlParseError('attribute values must be quoted');
    const end = this.source.indexOf(quote, this.position + 1);
    if (end === -1) throw new XmlParseError('unterminated attribute value');
    const raw = this.source.slice(this.position + 1, end);
    if (raw.includes('<')) throw new XmlParseError("'<' is not allowed in an attribute value");
    this.position = end + 1;
    return decodeEntities(raw);
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole: string, name: string) => {
    if (!whole.endsWith(';')) throw new XmlParseError(`bare '&' in text: ${whole}`);
    const predefined = PREDEFINED[name];
    if (predefined !== undefined) return predefined;
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(name);
    if (!numeric) throw new XmlParseError(`unknown entity &${name};`);
    const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2] ?? '', 10);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) throw new XmlParseError(`invalid character reference &${name};`);
    return String.fromCodePoint(code);
  });
}
