/**
 * Where a page reader looks, and what it met there. Runs in the content script on every CRM page,
 * so it stays dependency-free and cheap at any page size (docs/crm-pages.md, "Cost"):
 *
 * - every lookup is a targeted `querySelectorAll` (the browser's selector matching), first in the
 *   document's light tree, then in the shadow roots of the CRM's known components (found host by
 *   host with targeted queries), and only when neither finds anything usable, in every open shadow
 *   root: those are found by at most one walk per read, and only when a lookup needs them;
 * - visibility is decided from markup (no layout); only when several candidates survive that, the
 *   browser's `checkVisibility()` breaks the tie, which needs styles once, not a layout per element.
 */

import type { ShadowMode } from './types';

/** The parent element, stepping out of a shadow root to its host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  // A shadow root has a host; a document or a detached tree does not.
  const root = el.getRootNode() as Partial<ShadowRoot>;
  return root.host ?? null;
}

function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // The class Salesforce's design system (SLDS) hides whole console tabs with.
  if (el.classList.contains('slds-hide')) return true;
  const style = (el as Partial<HTMLElement>).style;
  return style?.display === 'none' || style?.visibility === 'hidden';
}

/**
 * Whether the markup hides the element: a `hidden` attribute, `aria-hidden="true"`, a hiding class
 * or inline `display:none` / `visibility:hidden` on it or any ancestor, across shadow roots. Reads
 * attributes only, never layout. CRMs keep earlier records in the DOM (Salesforce console tabs,
 * HubSpot panes, Dynamics sessions) and hide them this way.
 */
export function isVisible(el: Element): boolean {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    if (isHiddenByMarkup(node)) return false;
  }
  return true;
}

/** A thing found on the page, and the element it was found on. */
export interface Hit<T> {
  value: T;
  el: Element;
}

/**
 * Of several candidates the markup leaves visible, the one on screen: a stylesheet may hide the
 * rest. `checkVisibility()` computes styles once for all of them (no layout per element); where
 * the browser lacks it (jsdom), the first candidate wins.
 */
function onScreen<T>(hits: Hit<T>[]): Hit<T> | undefined {
  if (hits.length <= 1) return hits[0];
  return hits.find((hit) => (hit.el as Partial<Element>).checkVisibility?.() ?? true) ?? hits[0];
}

/** One read of one page: the document, its open shadow roots once a lookup needed them, and what was met. */
export class PageScope {
  private known: ShadowRoot[] | undefined;
  private roots: ShadowRoot[] | undefined;
  private walkedElements = 0;
  /** Whether lookups may walk the whole page for shadow roots (the reader's last resort). */
  deep = false;

  /**
   * `knownHosts`: a selector for the components a CRM renders its records with whose shadow roots
   * may hold what the reader needs (for Salesforce, from its UTAM page objects). Their roots are
   * found by targeted queries, descending host by host, before any walk of the whole page.
   */
  constructor(
    readonly doc: Document,
    private readonly knownHosts?: string,
  ) {}

  /** The open shadow roots of known hosts, nested ones included: targeted queries, no walk. */
  knownShadowRoots(): readonly ShadowRoot[] {
    if (this.known) return this.known;
    const roots: ShadowRoot[] = [];
    if (this.knownHosts) {
      const pending: (Document | ShadowRoot)[] = [this.doc];
      for (let root = pending.pop(); root; root = pending.pop()) {
        for (const host of Array.from(root.querySelectorAll(this.knownHosts))) {
          if (host.shadowRoot) {
            roots.push(host.shadowRoot);
            pending.push(host.shadowRoot);
          }
        }
      }
    }
    this.known = roots;
    return roots;
  }

  /** Every open shadow root of the page, nested ones included: one walk, on first need. */
  shadowRoots(): readonly ShadowRoot[] {
    if (this.roots) return this.roots;
    const roots: ShadowRoot[] = [];
    let count = 0;
    const walk = (root: Document | ShadowRoot) => {
      const walker = this.doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        count += 1;
        const shadow = (node as Element).shadowRoot;
        if (shadow) {
          roots.push(shadow);
          walk(shadow);
        }
      }
    };
    walk(this.doc);
    this.walkedElements = count;
    this.roots = roots;
    return roots;
  }

  /** Matches of `selector` in the light tree. */
  light(selector: string): Element[] {
    return Array.from(this.doc.querySelectorAll(selector));
  }

  /** Matches of `selector` inside the known hosts' shadow roots. */
  inKnown(selector: string): Element[] {
    return this.knownShadowRoots().flatMap((root) => Array.from(root.querySelectorAll(selector)));
  }

  /** Matches of `selector` inside every open shadow root (walks for them on first use). */
  shadow(selector: string): Element[] {
    return this.shadowRoots().flatMap((root) => Array.from(root.querySelectorAll(selector)));
  }

  /**
   * Where to look for `selector`, cheapest first: the light tree, the known hosts' shadow roots,
   * then, when `deep`, every other shadow root. A lookup takes the first place that gives a usable
   * match.
   */
  places(selector: string): (() => Element[])[] {
    const places = [() => this.light(selector)];
    if (this.knownHosts) places.push(() => this.inKnown(selector));
    if (!this.deep) return places;
    places.push(() => {
      const known = new Set<Node>(this.knownHosts ? this.knownShadowRoots() : []);
      return this.shadowRoots()
        .filter((root) => !known.has(root))
        .flatMap((root) => Array.from(root.querySelectorAll(selector)));
    });
    return places;
  }

  /** The value `pick` gives for the on-screen match of `selector`, from the first place that has one. */
  find<T>(selector: string, pick: (el: Element) => T | undefined): Hit<T> | undefined {
    for (const place of this.places(selector)) {
      const hits: Hit<T>[] = [];
      for (const el of place()) {
        if (!isVisible(el)) continue;
        const value = pick(el);
        if (value !== undefined) hits.push({ value, el });
      }
      if (hits.length > 0) return onScreen(hits);
    }
    return undefined;
  }

  /**
   * The shadow DOM this read met: 'synthetic' when component slots render their children in the
   * light tree (LWC's synthetic shadow), 'native' when it met open shadow roots, 'mixed' for both.
   * A read that found everything in the light tree looks for no shadow roots, so it does not know
   * of native roots it did not need.
   */
  shadowMode(): ShadowMode {
    const synthetic = this.doc.querySelector('slot > *') !== null;
    const native = (this.known?.length ?? 0) + (this.roots?.length ?? 0) > 0;
    if (synthetic && native) return 'mixed';
    if (native) return 'native';
    return synthetic ? 'synthetic' : 'none';
  }

  /**
   * Elements the read saw: all of the page's when it walked the shadow roots, else the light
   * tree's and the known hosts' shadow roots'.
   */
  elementCount(): number {
    if (this.roots) return this.walkedElements;
    const inKnown = (this.known ?? []).reduce((sum, root) => sum + root.querySelectorAll('*').length, 0);
    return this.doc.getElementsByTagName('*').length + inKnown;
  }
}
