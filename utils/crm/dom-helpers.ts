/**
 * Small DOM tools shared by the CRM page readers. They run in a content script on every CRM page,
 * so they stay dependency-free and cheap.
 */

/** Longest text a page fact may carry; longer text is cut (names are far shorter). */
export const MAX_FACT_LENGTH = 200;

/** Text as a person reads it: whitespace collapsed, trimmed, cut to MAX_FACT_LENGTH; undefined when empty. */
export function cleanText(text: string | null | undefined): string | undefined {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_FACT_LENGTH).trim();
  return clean === '' ? undefined : clean;
}

/** The parent element, stepping out of a shadow root to its host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  // A shadow root has a host; a document or a detached tree does not.
  const root = el.getRootNode() as Partial<ShadowRoot>;
  return root.host ?? null;
}

function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as Partial<HTMLElement>).style;
  return style?.display === 'none' || style?.visibility === 'hidden';
}

/**
 * Whether an element is on screen. CRMs keep previous records in the DOM (Salesforce console
 * tabs, HubSpot panes), so readers must skip the hidden copies.
 *
 * Two checks: markup that hides (a `hidden` attribute, `aria-hidden="true"`, inline
 * `display:none` / `visibility:hidden`) on the element or any ancestor, across shadow roots; and,
 * only where the document has layout (a real browser), a box on screen (`getClientRects`), which
 * also catches elements hidden by stylesheets. jsdom has no layout (every element has no rects), so
 * there the markup check alone decides.
 */
export function isVisible(el: Element): boolean {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    if (isHiddenByMarkup(node)) return false;
  }
  const root = el.ownerDocument.documentElement;
  const hasLayout = root.getClientRects().length > 0;
  return !hasLayout || el.getClientRects().length > 0;
}

/**
 * `querySelectorAll` that also looks inside open shadow roots. Salesforce runs LWC with a
 * synthetic shadow today, so plain queries usually reach component internals; this keeps the
 * readers working if it switches to native shadow DOM.
 */
export function deepQuerySelectorAll(root: Document | Element | ShadowRoot, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.shadowRoot) found.push(...deepQuerySelectorAll(el.shadowRoot, selector));
  }
  return found;
}

/** Visible elements matching `selector`, shadow roots included. */
export function visibleElements(root: Document | Element, selector: string): Element[] {
  return deepQuerySelectorAll(root, selector).filter(isVisible);
}

/** The trimmed text of the first visible element matching one of `selectors`, tried in order. */
export function firstVisibleText(root: Document | Element, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    for (const el of visibleElements(root, selector)) {
      const text = cleanText(el.textContent);
      if (text) return text;
    }
  }
  return undefined;
}

/** A field label as written on the page, compared without case, colons or required-field stars. */
export function normaliseLabel(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[:*]+\s*$/, '')
    .trim()
    .toLowerCase();
}

/** Whether the label's text is one of `labels` (compared as by normaliseLabel). */
export function labelMatches(label: Element, labels: readonly string[]): boolean {
  const text = normaliseLabel(label.textContent);
  return labels.some((wanted) => normaliseLabel(wanted) === text);
}

/**
 * A field shown as "label, then value": the value element of the first visible label among
 * `labelSelector` matches whose text is one of `labels`, taken in the order of `labels` (so
 * 'Account Owner' is preferred to a plain 'Owner'). `valueOf` finds the value next to a label.
 */
export function findLabelledValue(
  root: Document | Element,
  labelSelector: string,
  labels: readonly string[],
  valueOf: (label: Element) => Element | null,
): Element | undefined {
  const candidates = visibleElements(root, labelSelector);
  for (const wanted of labels) {
    for (const label of candidates) {
      if (!labelMatches(label, [wanted])) continue;
      const value = valueOf(label);
      if (value && isVisible(value) && cleanText(value.textContent)) return value;
    }
  }
  return undefined;
}

/** The value next to a label: its next element sibling, else its parent's (a label wrapped in a span). */
export function nextValueElement(label: Element): Element | null {
  return label.nextElementSibling ?? label.parentElement?.nextElementSibling ?? null;
}

/** A field's displayed text and, if it is a link, the link's `href` (as written, not resolved). */
export type FieldValue = { text?: string; href?: string };

/** The text of a value element, and the first visible link inside it that `acceptHref` accepts. */
export function readFieldValue(value: Element | undefined, acceptHref: (href: string) => boolean): FieldValue {
  if (!value) return {};
  const links = [value, ...Array.from(value.querySelectorAll('a[href]'))].filter(
    (el): el is HTMLAnchorElement => el.tagName === 'A' && el.hasAttribute('href'),
  );
  const link = links.find((a) => isVisible(a) && acceptHref(a.getAttribute('href') ?? ''));
  if (link) return { text: cleanText(link.textContent), href: link.getAttribute('href') ?? undefined };
  return { text: cleanText(value.textContent) };
}

/** Drops the keys whose value is undefined, so facts compare cleanly and serialise small. */
export function compactFacts<T extends Record<string, string | undefined>>(facts: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(facts) as (keyof T)[]) {
    if (facts[key] !== undefined) out[key] = facts[key];
  }
  return out;
}

/**
 * The PageRef a link on the page points to. Relative links are resolved against `base`, an
 * origin the CRM's parser accepts: they stay on the page's own host, which is one of the CRM's.
 */
export function refOfHref<R>(href: string | undefined, base: string, parse: (url: URL) => R | null): R | null {
  if (!href) return null;
  try {
    return parse(new URL(href, base));
  } catch {
    return null;
  }
}
