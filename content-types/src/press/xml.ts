/**
 * XML for the feeds, written with fast-xml-parser's builder (a well-kept library, already the
 * XML parser of half the npm ecosystem): it escapes every text and attribute. Not a feed
 * generator's pretty-printer: those wrap texts in CDATA on lines of their own, and the
 * whitespace becomes part of every title a newsroom's parser reads.
 */
import { XMLBuilder } from 'fast-xml-parser';

/** An element as the builder takes it: `@name` attributes, `#text`, child elements (arrays repeat). */
export type XmlNode = { [key: string]: XmlNode | XmlNode[] | string | number | undefined };

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  // An element or attribute without a value is left out, never written empty.
  suppressEmptyNode: true,
  // Indented for a person reading it; texts stay on their element's line, as written.
  format: true,
  indentBy: ' ',
});

/** Characters XML 1.0 does not allow at all (control characters pasted from office documents). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** A whole document: the declaration and one root element. */
export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root).replace(NOT_XML, '').trimEnd()}\n`;
}

/** An element with attributes only, or text and attributes; undefined attributes are dropped. */
export function element(attributes: Record<string, string | number | undefined>, text?: string): XmlNode {
  const node: XmlNode = {};
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node[`@${name}`] = String(value);
  if (text !== undefined) node['#text'] = text;
  return node;
}
