/**
 * Small DOM tools shared by the CRM page readers. They run in a content script on every CRM page,
 * so they stay dependency-free and cheap. Where they look is decided by `PageScope` (page-scope.ts).
 */
import type { FactRules, PageFacts, PageKind, PageRead, PageRef } from './types';
import { isVisible, PageScope } from './page-scope';

/** Longest text a page fact may carry; longer text is cut (names are far shorter). */
export const MAX_FACT_LENGTH = 200;

/**
 * Characters a name must not carry: control characters, format characters (bidi embeddings,
 * overrides and isolates U+202A–U+202E and U+2066–U+2069, zero-width spaces and joiners, the
 * byte-order mark, soft hyphens) and blank fillers that render as nothing. A page could use them
 * to make one name look like another, or to reorder what the panel shows around it.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u115f\u1160\u2800\u3164\uffa0]/gu;

/**
 * Text as a person reads it: invisible and control characters removed, whitespace collapsed,
 * trimmed, cut to MAX_FACT_LENGTH; undefined when empty.
 */
export function cleanText(text: string | null | undefined): string | undefined {
  const clean = (text ?? '')
    .replace(/\s+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    .slice(0, MAX_FACT_LENGTH)
    .trim();
  return clean === '' ? undefined : clean;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const silentTags = new Set(['style', 'script', 'template']);

/**
 * The text an element shows, shadow DOM included: a host shows its shadow root, and a `<slot>` the
 * light children assigned to it (or its own content where nothing is assigned, as in LWC's
 * synthetic shadow, where slotted children sit inside the slot). Small subtrees only: a field.
 */
export function composedText(node: Node): string {
  if (node.nodeType === TEXT_NODE) return (node as Text).data;
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as Element;
  if (silentTags.has(el.localName)) return '';
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
    if (assigned.length > 0) return assigned.map(composedText).join('');
  }
  const children = el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes;
  return Array.from(children).map(composedText).join('');
}

/** `el` and its descendants matching `selector`, inside open shadow roots of the subtree too. Small subtrees only. */
export function composedMatches(el: Element, selector: string): Element[] {
  const found = el.matches(selector) ? [el] : [];
  const visit = (root: Element | ShadowRoot) => {
    found.push(...Array.from(root.querySelectorAll(selector)));
    for (const inner of Array.from(root.querySelectorAll('*'))) if (inner.shadowRoot) visit(inner.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  visit(el);
  return found;
}

/** A field's displayed text and, if it is a link, the link's `href` (as written, not resolved). */
export type FieldValue = { text?: string; href?: string };

/** The first visible link in the field (its shadow DOM included) that `acceptHref` accepts, with its text. */
export function readLink(field: Element, acceptHref: (href: string) => boolean): FieldValue | undefined {
  for (const link of composedMatches(field, 'a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!acceptHref(href) || !isVisible(link)) continue;
    const text = cleanText(composedText(link)) ?? cleanText(link.getAttribute('title'));
    if (text) return { text, href };
  }
  return undefined;
}

/** The field's link that `acceptHref` accepts, else its shown text; undefined when it shows nothing. */
export function readFieldValue(field: Element, acceptHref: (href: string) => boolean): FieldValue | undefined {
  const link = readLink(field, acceptHref);
  if (link) return link;
  const text = cleanText(composedText(field));
  return text ? { text } : undefined;
}

/** A field label as written on the page, compared without case, spaces, hyphens, colons or required-field stars. */
export function normaliseLabel(text: string | null | undefined): string {
  // Spaces and hyphens vary between a CRM's releases and layouts ("取引先 所有者", "Lead-Inhaber").
  return (cleanText(text) ?? '')
    .replace(/[:：*]+\s*$/, '')
    .replace(/[\s-]/g, '')
    .toLowerCase();
}

/** UI languages every label table covers. */
export const uiLanguages = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'ja'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/**
 * One field's label in each UI language, as the CRM itself words it: the eight languages in the
 * order of `uiLanguages`, separated by `|`, each with one or more wordings separated by `;`.
 * Written as one string because every CRM page loads these tables (a size budget): keys and
 * brackets for 8 languages × 20 fields would cost more than the words. A test checks the shape.
 */
export type LabelTable = string;

/** A label to look for, and the language it is in (for the rule that names it). */
export type WantedLabel = { text: string; lang: UiLanguage };

/** A table's wordings by language; a malformed table gives an empty list for the missing languages. */
export function labelsByLanguage(table: LabelTable): Record<UiLanguage, string[]> {
  const parts = table.split('|');
  return Object.fromEntries(
    uiLanguages.map((lang, index) => [lang, (parts[index] ?? '').split(';').filter((text) => text !== '')]),
  ) as Record<UiLanguage, string[]>;
}

/** The labels of `tables` in order: every language of the first table, then of the next (specific first). */
export function wantedLabels(...tables: readonly LabelTable[]): WantedLabel[] {
  return tables.flatMap((table) => {
    const byLanguage = labelsByLanguage(table);
    return uiLanguages.flatMap((lang) => byLanguage[lang].map((text) => ({ text, lang })));
  });
}

/** The rule a label fallback reports: `label "Opportunity-Inhaber" (de)`. */
export function labelRule(label: WantedLabel): string {
  return `label "${label.text}" (${label.lang})`;
}

/**
 * A field shown as "label, then value", found by its label's text: the value of the first visible
 * label element (among `labelSelector` matches, light tree then shadow roots) whose text is a
 * wanted label, taken in the order of `labels` (so 'Account Owner' is preferred to 'Owner').
 * `labelText` reads a candidate's label (its text by default; Salesforce puts it in an attribute);
 * `valueOf` finds the value element next to it.
 */
export function findLabelledField(
  scope: PageScope,
  labelSelector: string,
  labels: readonly WantedLabel[],
  valueOf: (label: Element) => Element | null,
  labelText: (label: Element) => string | null = (label) => composedText(label),
): { field: Element; rule: string } | undefined {
  const rank = new Map<string, number>();
  labels.forEach((label, index) => {
    const key = normaliseLabel(label.text);
    if (!rank.has(key)) rank.set(key, index);
  });
  let best: { field: Element; index: number } | undefined;
  for (const place of scope.places(labelSelector)) {
    for (const label of place()) {
      const index = rank.get(normaliseLabel(labelText(label)));
      if (index === undefined || (best && best.index <= index) || !isVisible(label)) continue;
      const field = valueOf(label);
      if (field && isVisible(field) && cleanText(composedText(field))) best = { field, index };
    }
    if (best) return { field: best.field, rule: labelRule(labels[best.index]!) };
  }
  return undefined;
}

/** The value next to a label: its next element sibling, else its parent's (a label wrapped in a span). */
export function nextValueElement(label: Element): Element | null {
  return label.nextElementSibling ?? label.parentElement?.nextElementSibling ?? null;
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

/** Of a link's `href`, the id of the record of `kind` it points to, by the CRM's own URL parser. */
export function linkedIdOf(
  kind: PageKind,
  base: string,
  parse: (url: URL) => PageRef | null,
): (href: string) => string | undefined {
  return (href) => {
    const ref = refOfHref(href, base, parse);
    return ref?.kind === kind ? (ref.id ?? undefined) : undefined;
  };
}

/** The facts a reader found and, for each, the rule that found it. Names are cleaned on the way in. */
export class FactSheet {
  readonly facts: PageFacts = {};
  readonly rules: FactRules = {};

  /** Records a fact unless it is already known or empty once cleaned. */
  set(name: keyof PageFacts, value: string | null | undefined, rule: string): void {
    if (this.facts[name] !== undefined) return;
    const clean = cleanText(value);
    if (!clean) return;
    this.facts[name] = clean;
    this.rules[name] = rule;
  }

  /** Whether `name` is already known. */
  has(name: keyof PageFacts): boolean {
    return this.facts[name] !== undefined;
  }

  /** The read: facts, rules, and what the scope met. */
  done(scope: PageScope): PageRead {
    return {
      facts: this.facts,
      rules: this.rules,
      shadowMode: scope.shadowMode(),
      elementCount: scope.elementCount(),
    };
  }
}

/**
 * The labelled-field reading Pipedrive and Zoho share: a name and, where the value links to a
 * record the CRM's parser knows as `kind`, that record's id. Links are the language-independent
 * hook; the label only finds the field when no link does.
 */
export function readLabelledLink(
  sheet: FactSheet,
  scope: PageScope,
  names: { name: keyof PageFacts; id: keyof PageFacts },
  field: { labelSelector: string; labels: readonly WantedLabel[] },
  link: { selector: string; rule: string; idOf: (href: string) => string | undefined },
): void {
  if (sheet.has(names.name)) return;
  const linked = scope.find(link.selector, (a) => {
    // A link in the app's navigation (the signed-in user's own profile) is not this record's.
    if (a.closest('nav, header, [role="navigation"], [role="banner"]')) return undefined;
    const id = link.idOf(a.getAttribute('href') ?? '');
    const text = shownText(a);
    return id && text ? { id, text } : undefined;
  });
  if (linked) {
    sheet.set(names.name, linked.value.text, link.rule);
    sheet.set(names.id, linked.value.id, link.rule);
    return;
  }
  const labelled = findLabelledField(scope, field.labelSelector, field.labels, nextValueElement);
  if (!labelled) return;
  const value = readFieldValue(labelled.field, (href) => link.idOf(href) !== undefined);
  sheet.set(names.name, value?.text, labelled.rule);
  if (value?.href) sheet.set(names.id, link.idOf(value.href), labelled.rule);
}

/** The facts a page of each kind can show; once all are read there is nothing left to look for. */
export const factsByKind: Readonly<Record<PageKind, readonly (keyof PageFacts)[]>> = {
  user: ['recordName'],
  account: ['recordName', 'ownerName'],
  contact: ['recordName', 'ownerName', 'accountName'],
  deal: ['recordName', 'ownerName', 'accountName'],
  lead: ['recordName', 'ownerName', 'accountName'],
};

/** A way to find the record's name: a selector, how to read a match (its shown text by default), the rule's words. */
export type NameRule = { selector: string; rule: string; read?: (el: Element) => string | undefined };

/** The text an element shows, cleaned; undefined when it shows nothing. */
export const shownText = (el: Element): string | undefined => cleanText(composedText(el));

/**
 * What every reader does: the record's name by the first of `nameRules` that finds one, then, on
 * record pages other than a user's, the rest of the facts by `readFacts`. Nothing on a page that
 * is no record. `knownHosts`: see PageScope.
 */
export function readRecordPage(
  doc: Document,
  ref: PageRef,
  nameRules: readonly NameRule[],
  readFacts: (scope: PageScope, sheet: FactSheet, kind: Exclude<PageKind, 'user'>) => void,
  knownHosts?: string,
): PageRead {
  const scope = new PageScope(doc, knownHosts);
  const sheet = new FactSheet();
  const kind = ref.kind;
  if (kind === null) return sheet.done(scope);
  // Every rule in the cheap places first (light tree, known components); the whole page's shadow
  // roots only for what none of them found there.
  for (const deep of [false, true]) {
    scope.deep = deep;
    if (deep && factsByKind[kind].every((name) => sheet.has(name))) break;
    for (const { selector, rule, read = shownText } of sheet.has('recordName') ? [] : nameRules) {
      const found = scope.find(selector, read);
      if (found) {
        sheet.set('recordName', found.value, rule);
        break;
      }
    }
    if (kind !== 'user') readFacts(scope, sheet, kind);
  }
  return sheet.done(scope);
}
