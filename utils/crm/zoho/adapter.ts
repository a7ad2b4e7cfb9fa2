import type { CrmAdapter } from '../types';
import { readPage } from './dom';
import { isHost, parseUrl } from './urls';

export const zohoAdapter: CrmAdapter = { id: 'zoho', label: 'Zoho CRM', isHost, parseUrl, readPage };
