/**
 * Where a page reader looks, and what it met there. Runs in the content script on every CRM page,
 * so it stays dependency-free and cheap at any page size (docs/crm-pages.md, "Cost"):
 *
 * - every lookup is a targeted `querySelectorAll` (C++ selector matching), first in the document's
 *   light tree, and only when that finds nothing usable, in the open shadow roots;
 * - the open shadow roots are found by at most one walk per read, and only when a lookup needs them;
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

/** Class names CRMs use to hide whole tabs and panes (SLDS, Salesforce's design system). */
const hidingClasses = ['slds-hide'];

function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (hidingClasses.some((name) => el.classList.contains(name))) return true;
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
  private roots: ShadowRoot[] | undefined;
  private walkedElements = 0;

  constructor(readonly doc: Document) {}

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

  /** Matches of `selector` inside the open shadow roots (walks for them on first use). */
  shadow(selector: string): Element[] {
    return this.shadowRoots().flatMap((root) => Array.from(root.querySelectorAll(selector)));
  }

  /**
   * The value `pick` gives for the on-screen match of `selector`: light tree first, and only when
   * no visible light match gives one, the shadow roots.
   */
  find<T>(selector: string, pick: (el: Element) => T | undefined): Hit<T> | undefined {
    for (const pool of [() => this.light(selector), () => this.shadow(selector)]) {
      const hits: Hit<T>[] = [];
      for (const el of pool()) {
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
   * light tree (LWC's synthetic shadow), 'native' when a lookup had to go into open shadow roots
   * and found some, 'mixed' for both. A read that found everything in the light tree never walks,
   * so it does not know of native roots it did not need.
   */
  shadowMode(): ShadowMode {
    const synthetic = this.doc.querySelector('slot > *') !== null;
    const native = (this.roots?.length ?? 0) > 0;
    if (synthetic && native) return 'mixed';
    if (native) return 'native';
    return synthetic ? 'synthetic' : 'none';
  }

  /** Elements on the page: all of them when the read walked the shadow roots, else the light tree's. */
  elementCount(): number {
    return this.roots ? this.walkedElements : this.doc.getElementsByTagName('*').length;
  }
}
