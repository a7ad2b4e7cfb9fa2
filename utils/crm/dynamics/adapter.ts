import type { CrmAdapter } from '../types';
import { readPage } from './dom';
import { isHost, parseUrl } from './urls';

export const dynamicsAdapter: CrmAdapter = {
  id: 'dynamics',
  label: 'Dynamics 365',
  isHost,
  parseUrl,
  readPage,
};
