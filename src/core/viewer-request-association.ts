/**
 * The viewer-request function association of a DistributionConfig document, read and added IN PLACE:
 * the text CloudFront sent is changed only inside DefaultCacheBehavior/FunctionAssociations, every
 * other byte stays. UpdateDistribution replaces the whole configuration, so a model that re-serialised
 * the document would drop (and so change) every element it does not know.
 */

export interface FunctionAssociationEntry {
  readonly arn: string;
  readonly eventType: string;
}

const VIEWER_REQUEST = 'viewer-request';

interface Span {
  readonly start: number;
  /** Just past the element's end. */
  readonly end: number;
  /** Where its content starts and ends (both equal end for a self-closing element). */
  readonly inner: number;
  readonly innerEnd: number;
}

/** The first <name> element of xml[from, to), by its text; CloudFront's documents have no CDATA there. */
function element(xml: string, name: string, from = 0, to = xml.length): Span | undefined {
  const open = new RegExp(`<${name}(\\s[^>]*)?(/?)>`, 'g');
  open.lastIndex = from;
  const match = open.exec(xml);
  if (match === null || match.index >= to) return undefined;
  const inner = match.index + match[0].length;
  if (match[2] === '/') return { start: match.index, end: inner, inner, innerEnd: inner };
  const close = xml.indexOf(`</${name}>`, inner);
  if (close === -1 || close >= to) throw new Error(`the DistributionConfig document has no </${name}>`);
  return { start: match.index, end: close + name.length + 3, inner, innerEnd: close };
}

function textOf(xml: string, name: string, span: Span): string | undefined {
  const found = element(xml, name, span.inner, span.innerEnd);
  return found === undefined ? undefined : unescapeXml(xml.slice(found.inner, found.innerEnd).trim());
}

function unescapeXml(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => named[name] ?? '');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function defaultBehaviour(xml: string): Span {
  const span = element(xml, 'DefaultCacheBehavior');
  if (span === undefined) throw new Error('the DistributionConfig document has no <DefaultCacheBehavior>');
  return span;
}

/** The function associations of the default cache behaviour, in document order. */
export function defaultBehaviourFunctions(xml: string): FunctionAssociationEntry[] {
  const behaviour = defaultBehaviour(xml);
  const associations = element(xml, 'FunctionAssociations', behaviour.inner, behaviour.innerEnd);
  const entries: FunctionAssociationEntry[] = [];
  let at = associations?.inner ?? behaviour.innerEnd;
  const end = associations?.innerEnd ?? behaviour.innerEnd;
  for (
    let item = element(xml, 'FunctionAssociation', at, end);
    item;
    item = element(xml, 'FunctionAssociation', at, end)
  ) {
    entries.push({ arn: textOf(xml, 'FunctionARN', item) ?? '', eventType: textOf(xml, 'EventType', item) ?? '' });
    at = item.end;
  }
  return entries;
}

/** The FunctionARN the default cache behaviour runs on viewer requests, if any. */
export function viewerRequestFunctionArn(xml: string): string | undefined {
  return defaultBehaviourFunctions(xml).find((entry) => entry.eventType === VIEWER_REQUEST)?.arn;
}

/**
 * xml with functionArn associated as the default cache behaviour's viewer-request function: one
 * <FunctionAssociation> added to Items and Quantity counted up (the element made when absent).
 * Throws when another function already has that event: a behaviour runs one function per event.
 */
export function withViewerRequestFunction(xml: string, functionArn: string): string {
  const existing = viewerRequestFunctionArn(xml);
  if (existing === functionArn) return xml;
  if (existing !== undefined)
    throw new Error(`the default cache behaviour already runs ${existing} on viewer requests`);
  const entry =
    `<FunctionAssociation><FunctionARN>${escapeXml(functionArn)}</FunctionARN>` +
    `<EventType>${VIEWER_REQUEST}</EventType></FunctionAssociation>`;
  const behaviour = defaultBehaviour(xml);
  const associations = element(xml, 'FunctionAssociations', behaviour.inner, behaviour.innerEnd);
  if (associations === undefined || associations.inner === associations.end) {
    const whole = `<FunctionAssociations><Quantity>1</Quantity><Items>${entry}</Items></FunctionAssociations>`;
    if (associations !== undefined) return splice(xml, associations.start, associations.end, whole);
    const lambdas = element(xml, 'LambdaFunctionAssociations', behaviour.inner, behaviour.innerEnd);
    const at = lambdas?.end ?? behaviour.innerEnd;
    return splice(xml, at, at, whole);
  }
  const quantity = element(xml, 'Quantity', associations.inner, associations.innerEnd);
  if (quantity === undefined) throw new Error('DefaultCacheBehavior/FunctionAssociations has no <Quantity>');
  const count = defaultBehaviourFunctions(xml).length;
  const items = element(xml, 'Items', associations.inner, associations.innerEnd);
  const edits: Array<[start: number, end: number, insert: string]> = [
    [quantity.inner, quantity.innerEnd, String(count + 1)],
    items === undefined
      ? [quantity.end, quantity.end, `<Items>${entry}</Items>`]
      : items.inner === items.end
        ? [items.start, items.end, `<Items>${entry}</Items>`]
        : [items.innerEnd, items.innerEnd, entry],
  ];
  // Later positions first, so the earlier offsets stay right (Items may come before Quantity).
  edits.sort((x, y) => y[0] - x[0]);
  return edits.reduce((text, [start, end, insert]) => splice(text, start, end, insert), xml);
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/**
 * A unified-style diff of two versions of a document that differ in one place, one element per line
 * (the documents' own line breaks kept), with `context` unchanged lines around the change.
 */
export function documentDiff(before: string, after: string, labels: [string, string], context = 3): string {
  // A break before each opening tag and after each closing or empty one: `<A></A>` stays on one line.
  const lines = (text: string): string[] => text.split(/\n|(?<=>)(?=<[^/])|(?<=<\/[^>]*>|\/>)(?=<)/);
  const a = lines(before);
  const b = lines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  if (head === a.length && head === b.length) return '';
  const from = Math.max(0, head - context);
  const out = [`--- ${labels[0]}`, `+++ ${labels[1]}`, `@@ -${from + 1} +${from + 1} @@`];
  for (const line of a.slice(from, head)) out.push(`  ${line}`);
  for (const line of a.slice(head, a.length - tail)) out.push(`- ${line}`);
  for (const line of b.slice(head, b.length - tail)) out.push(`+ ${line}`);
  for (const line of a.slice(a.length - tail, a.length - tail + context)) out.push(`  ${line}`);
  return `${out.join('\n')}\n`;
}
