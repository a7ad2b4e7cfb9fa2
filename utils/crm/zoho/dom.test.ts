// @vitest-environment jsdom
import type { PageRef as Ref } from '../types';
import { readPage as readWithRules } from './dom';

const readPage = (doc: Document, pageRef: Ref) => readWithRules(doc, pageRef).facts;

const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

describe('Zoho CRM page reader', () => {
  it("reads a lead's owner and its company as text", () => {
    const doc = page(`<main><h1>Hank Scorpio</h1>
      <div><span class="dv-field-label">Lead Owner</span><span>Dana Whitfield</span></div>
      <div><span class="dv-field-label">Company</span><span>Globex Corporation</span></div></main>`);
    expect(readPage(doc, { crm: 'zoho', kind: 'lead', id: '5725767000000420011' })).toEqual({
      recordName: 'Hank Scorpio',
      ownerName: 'Dana Whitfield',
      accountName: 'Globex Corporation',
    });
  });

  it('reads an owner id where the owner links to the user', () => {
    const doc = page(`<main><h1>Globex Corporation</h1>
      <div><span class="dv-field-label">Account Owner</span><a href="/crm/org60012345/settings/users/5725767000000198001">Dana Whitfield</a></div></main>`);
    expect(readPage(doc, { crm: 'zoho', kind: 'account', id: '5725767000000412001' })).toEqual({
      recordName: 'Globex Corporation',
      ownerName: 'Dana Whitfield',
      ownerUserId: '5725767000000198001',
    });
  });
});
