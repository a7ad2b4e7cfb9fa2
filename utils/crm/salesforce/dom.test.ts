// @vitest-environment jsdom
import type { PageRef } from '../types';
import type { PageRef as Ref } from '../types';
import { readPage as readWithRules } from './dom';

const readPage = (doc: Document, pageRef: Ref) => readWithRules(doc, pageRef).facts;

/** Fills a shadow root with a test's constant markup, parsed into nodes. */
function fill(root: ShadowRoot, html: string): void {
  root.append(...Array.from(page(html).body.childNodes).map((node) => root.ownerDocument.importNode(node, true)));
}

const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
const ref = (kind: PageRef['kind'], id: string | null = null): PageRef => ({ crm: 'salesforce', kind, id });

const highlights = (name: string, fields: string) => `
  <records-highlights2><h1><slot name="entityLabel"><records-entity-label>Lead</records-entity-label></slot>
  <slot name="primaryField"><lightning-formatted-name>${name}</lightning-formatted-name></slot></h1>
  <slot name="secondaryFields">${fields}</slot></records-highlights2>`;
const item = (label: string, value: string) => `
  <records-highlights-details-item><p class="slds-text-title">${label}</p><p class="fieldComponent">${value}</p></records-highlights-details-item>`;

describe('Salesforce page reader', () => {
  it('reads a lead: the company is text, the owner a user link with a 15-character id', () => {
    const doc = page(
      highlights(
        'Hank Scorpio',
        item('Company', 'Globex Corporation') + item('Lead Owner', '<a href="/005Dn00000Ff3Wp">Dana Whitfield</a>'),
      ),
    );
    expect(readPage(doc, ref('lead', '00QDn00000Lm7RtMAJ'))).toEqual({
      recordName: 'Hank Scorpio',
      ownerName: 'Dana Whitfield',
      ownerUserId: '005Dn00000Ff3WpIAJ',
      accountName: 'Globex Corporation',
    });
  });

  it('reads a Classic contact: account link and owner link', () => {
    const doc = page(`
      <h1 class="pageType">Contact</h1><h2 class="pageDescription">Hank Scorpio</h2>
      <table class="detailList"><tr>
        <td class="labelCol">Contact Owner</td><td class="dataCol"><a href="/005Dn00000Ff3WpIAJ">Dana Whitfield</a> [<a href="/x">Change</a>]</td>
        <td class="labelCol">Account Name</td><td class="dataCol"><a href="/001Dn00000Glbx2">Globex Corporation</a></td>
      </tr></table>`);
    expect(readPage(doc, ref('contact', '003Dn00000KfTs4IAF'))).toEqual({
      recordName: 'Hank Scorpio',
      ownerName: 'Dana Whitfield',
      ownerUserId: '005Dn00000Ff3WpIAJ',
      accountName: 'Globex Corporation',
      accountId: '001Dn00000Glbx2IAB',
    });
  });

  it('gives an owner name without an id when the owner is a queue, not a user', () => {
    const doc = page(
      highlights(
        'Hank Scorpio',
        item('Lead Owner', '<a href="/lightning/r/Group/00GDn000001AbCdMAK/view">Inbound Queue</a>'),
      ),
    );
    expect(readPage(doc, ref('lead', '00QDn00000Lm7RtMAJ'))).toEqual({
      recordName: 'Hank Scorpio',
      ownerName: 'Inbound Queue',
    });
  });

  it('reads nothing when only hidden console tabs hold a record', () => {
    const doc = page(`<div aria-hidden="true">${highlights('Initech', item('Account Owner', 'Marcus Chen'))}</div>`);
    expect(readPage(doc, ref('account', '001Dn00000Glbx3IAB'))).toEqual({});
  });

  it('reads nothing on pages that are not a record', () => {
    expect(readPage(page(highlights('Globex', '')), ref(null))).toEqual({});
  });

  it('finds the panel inside open shadow roots too', () => {
    const doc = page('<one-app></one-app>');
    fill(
      doc.querySelector('one-app')!.attachShadow({ mode: 'open' }),
      highlights(
        'Globex Corporation',
        item('Account Owner', '<a href="/lightning/r/User/005Dn00000Ff3WpIAJ/view">Dana Whitfield</a>'),
      ),
    );
    expect(readPage(doc, ref('account', '001Dn00000Glbx2IAB'))).toEqual({
      recordName: 'Globex Corporation',
      ownerName: 'Dana Whitfield',
      ownerUserId: '005Dn00000Ff3WpIAJ',
    });
  });
});
