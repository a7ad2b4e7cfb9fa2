import { crmUserIdFrom } from './user-link';

describe('crmUserIdFrom', () => {
  it('takes the id from the address of a user page of the chosen CRM', () => {
    expect(
      crmUserIdFrom('salesforce', ' https://acme.lightning.force.com/lightning/r/User/005Dn00000Ff3WpIAJ/view '),
    ).toBe('005Dn00000Ff3WpIAJ');
    expect(crmUserIdFrom('pipedrive', 'https://acme.pipedrive.com/users/details/4242')).toBe('4242');
  });

  it('keeps a typed id as it is, trimmed', () => {
    expect(crmUserIdFrom('hubspot', ' 123456 ')).toBe('123456');
    expect(crmUserIdFrom('hubspot', '   ')).toBe('');
  });

  it('refuses an address that is no user page, or a page of another CRM', () => {
    expect(
      crmUserIdFrom('salesforce', 'https://acme.lightning.force.com/lightning/r/Account/001Dn00000AbCdEIAZ/view'),
    ).toBeNull();
    expect(
      crmUserIdFrom('hubspot', 'https://acme.lightning.force.com/lightning/r/User/005Dn00000Ff3WpIAJ/view'),
    ).toBeNull();
    expect(crmUserIdFrom('salesforce', 'https://example.com/users/1')).toBeNull();
  });
});
