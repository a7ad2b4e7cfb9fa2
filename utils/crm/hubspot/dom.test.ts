// @vitest-environment jsdom
import type { PageRef } from '../types';
import type { PageRef as Ref } from '../types';
import { readPage as readWithRules } from './dom';

const readPage = (doc: Document, pageRef: Ref) => readWithRules(doc, pageRef).facts;

const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

describe('HubSpot page reader', () => {
  it("reads a contact's owner and associated company, skipping hidden panes", () => {
    const doc = page(`
      <div hidden><div data-test-id="left-sidebar"><h1 data-selenium-test="highlightTitle">Old Contact</h1></div></div>
      <div data-test-id="left-sidebar">
        <h1 data-selenium-test="highlightTitle">Hank Scorpio</h1>
        <label>Contact owner</label><div>Dana Whitfield</div>
      </div>
      <div data-test-id="right-sidebar">
        <a href="/contacts/4412087/record/0-3/31877640221">A deal</a>
        <a href="https://app-eu1.hubspot.com/contacts/4412087/record/0-2/18236491502">Globex Corporation</a>
      </div>`);
    const ref: PageRef = { crm: 'hubspot', kind: 'contact', id: '90211' };
    expect(readPage(doc, ref)).toEqual({
      recordName: 'Hank Scorpio',
      ownerName: 'Dana Whitfield',
      accountName: 'Globex Corporation',
      accountId: '18236491502',
    });
  });

  it('ignores company links outside HubSpot', () => {
    const doc = page(`<h1 data-selenium-test="highlightTitle">Hank</h1>
      <div data-test-id="right-sidebar"><a href="https://evil.example/contacts/1/record/0-2/2">Evil</a></div>`);
    expect(readPage(doc, { crm: 'hubspot', kind: 'deal', id: '1' })).toEqual({ recordName: 'Hank' });
  });
});
