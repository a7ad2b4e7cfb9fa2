import type { CrmAdapter } from '../types';
import { readPage } from './dom';
import { isHost, parseUrl } from './urls';

export const pipedriveAdapter: CrmAdapter = {
  id: 'pipedrive',
  label: 'Pipedrive',
  isHost,
  parseUrl,
  readPage,
};
