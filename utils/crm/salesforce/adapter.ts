import type { CrmAdapter } from '../types';
import { readPage } from './dom';
import { isHost, parseUrl } from './urls';

export const salesforceAdapter: CrmAdapter = {
  id: 'salesforce',
  label: 'Salesforce',
  isHost,
  parseUrl,
  readPage,
};
