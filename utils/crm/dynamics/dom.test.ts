// @vitest-environment jsdom
import type { PageRef } from '../types';
import type { PageRef as Ref } from '../types';
import { readPage as readWithRules } from './dom';

const readPage = (doc: Document, pageRef: Ref) => readWithRules(doc, pageRef).facts;

const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
const ref = (kind: PageRef['kind']): PageRef => ({
  crm: 'dynamics',
  kind,
  id: kind ? '91330924-802a-4b0d-a900-34fd9d790829' : null,
});
const lookup = (field: string, name: string) => `
  <div data-id="${field}.fieldControl-Lookup_${field}">
    <div data-id="${field}.fieldControl-LookupResultsDropdown_${field}_selected_tag_text">${name}</div>
  </div>`;

describe('Dynamics 365 page reader', () => {
  it("reads a contact's company from parentcustomerid", () => {
    const doc = page(
      `<h1 data-id="header_title">Hank Scorpio</h1>${lookup('ownerid', 'Dana Whitfield')}${lookup('parentcustomerid', 'Globex Corporation')}`,
    );
    expect(readPage(doc, ref('contact'))).toEqual({
      recordName: 'Hank Scorpio',
      ownerName: 'Dana Whitfield',
      accountName: 'Globex Corporation',
    });
  });

  it("falls back to a lead's company name when it has no account", () => {
    const doc = page(`<h1 data-id="header_title">Hank Scorpio</h1>${lookup('ownerid', 'Dana Whitfield')}
      <input data-id="companyname.fieldControl-text-box-text" value="Globex Corporation" />`);
    expect(readPage(doc, ref('lead'))).toEqual({
      recordName: 'Hank Scorpio',
      ownerName: 'Dana Whitfield',
      accountName: 'Globex Corporation',
    });
  });

  it('prefers the header owner to the body one, and skips hidden sessions', () => {
    const doc = page(`
      <div style="display:none"><h1 data-id="header_title">Initech</h1></div>
      <h1 data-id="header_title">Globex Corporation</h1>
      <div data-id="header_ownerid.fieldControl-Lookup_ownerid"><div data-id="x_selected_tag_text">Dana Whitfield</div></div>
      ${lookup('ownerid', 'Somebody Else')}`);
    expect(readPage(doc, ref('account'))).toEqual({ recordName: 'Globex Corporation', ownerName: 'Dana Whitfield' });
  });

  it('reads nothing on pages that are not a record', () => {
    expect(readPage(page('<h1 data-id="header_title">Accounts</h1>'), ref(null))).toEqual({});
  });
});
