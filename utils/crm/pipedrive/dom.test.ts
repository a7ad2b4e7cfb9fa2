// @vitest-environment jsdom
import type { PageRef as Ref } from '../types';
import { readPage as readWithRules } from './dom';

const readPage = (doc: Document, pageRef: Ref) => readWithRules(doc, pageRef).facts;

const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

describe('Pipedrive page reader', () => {
  it("reads a person's owner (plain text) and organization", () => {
    const doc = page(`<main><h1>Hank Scorpio</h1>
      <dl><dt>Owner</dt><dd>Dana Whitfield</dd><dt>Organization</dt><dd><a href="/organization/812">Globex Corporation</a></dd></dl></main>`);
    expect(readPage(doc, { crm: 'pipedrive', kind: 'contact', id: '4410' })).toEqual({
      recordName: 'Hank Scorpio',
      ownerName: 'Dana Whitfield',
      accountName: 'Globex Corporation',
      accountId: '812',
    });
  });
});
