import { isSubdomainOf, subdomainLabels } from './host-match';

describe('host matching', () => {
  it('matches whole labels at the end of the hostname only', () => {
    expect(isSubdomainOf('acme.lightning.force.com', 'lightning.force.com')).toBe(true);
    expect(isSubdomainOf('ACME.Lightning.Force.com.', 'lightning.force.com')).toBe(true);
    expect(isSubdomainOf('lightning.force.com', 'lightning.force.com')).toBe(false);
    expect(isSubdomainOf('evillightning.force.com', 'lightning.force.com')).toBe(false);
    expect(isSubdomainOf('acme.lightning.force.com.evil.example', 'lightning.force.com')).toBe(false);
  });

  it('gives the labels before the domain', () => {
    expect(subdomainLabels('acme--uat.sandbox.my.salesforce.com', 'my.salesforce.com')).toEqual([
      'acme--uat',
      'sandbox',
    ]);
    expect(subdomainLabels('pipedrive.com', 'pipedrive.com')).toEqual([]);
  });
});
