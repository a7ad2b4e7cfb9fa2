/** The dashboard's sections, addressable by URL hash so the popup and panel can link straight to one. */
export type Route =
  | { name: 'overview' }
  | { name: 'stars' }
  | { name: 'rep'; id: string }
  | { name: 'accounts' }
  | { name: 'account'; id: string }
  | { name: 'results' }
  | { name: 'time' }
  | { name: 'skills' }
  | { name: 'settings' }
  | { name: 'data' }
  | { name: 'crm-sites' }
  | { name: 'welcome' }
  /** No hash: the first run shows the welcome, later visits the overview. */
  | { name: 'home' };

const simple = new Set([
  'overview',
  'stars',
  'accounts',
  'results',
  'time',
  'skills',
  'settings',
  'data',
  'crm-sites',
  'welcome',
]);

/** `#rep/<id>` → `{name: 'rep', id}`; an unknown hash is the home route. */
export function parseHash(hash: string): Route {
  const value = decodeURIComponent(hash.replace(/^#\/?/, ''));
  const [head, ...rest] = value.split('/');
  const id = rest.join('/');
  if ((head === 'rep' || head === 'account') && id !== '') return { name: head, id };
  if (head !== undefined && simple.has(head)) return { name: head } as Route;
  return { name: 'home' };
}

export function hrefOf(route: Route): string {
  if (route.name === 'home') return '#';
  if (route.name === 'rep' || route.name === 'account') return `#${route.name}/${encodeURIComponent(route.id)}`;
  return `#${route.name}`;
}
