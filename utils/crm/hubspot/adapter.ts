import type { CrmAdapter } from '../types';
import { readPage } from './dom';
import { isHost, parseUrl } from './urls';

export const hubspotAdapter: CrmAdapter = { id: 'hubspot', label: 'HubSpot', isHost, parseUrl, readPage };
