import { docksPanelOnCustomSites } from './custom-site-panel';

describe('docksPanelOnCustomSites', () => {
  it('is false in the Firefox build only: Chrome and Edge dock the panel on custom CRM sites', () => {
    expect(docksPanelOnCustomSites('firefox')).toBe(false);
    expect(docksPanelOnCustomSites('chrome')).toBe(true);
    expect(docksPanelOnCustomSites('edge')).toBe(true);
  });
});
