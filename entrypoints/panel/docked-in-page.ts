/**
 * Whether this panel is where CoachLens docks it: a frame directly inside a tab's top-level web
 * page. A frame nested deeper (a widget inside the CRM page that embeds the panel's URL), a panel
 * opened as a tab of its own, or a page that is not https gets nothing shown: the panel does not
 * even connect. Its parent being the top-level window can be told in every browser; the list of
 * ancestors' origins (`location.ancestorOrigins`) exists in Chromium and recent Firefox (ESR 153) but
 * not in every Firefox since our minimum (140), so it is checked where it exists.
 * Which top-level page it is, the background checks against the tab (panel-port.ts).
 */
export function isDockedInTopPage(win: Window = window): boolean {
  if (win.parent === win || win.parent !== win.top) return false;
  const ancestors = (win.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (!ancestors) return true;
  return ancestors.length === 1 && (ancestors.item(0) ?? '').startsWith('https://');
}
