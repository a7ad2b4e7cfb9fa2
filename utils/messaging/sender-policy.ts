/**
 * Who may say what to the background (docs/architecture.md#messaging-and-the-sender-policy;
 * the guards against hostile pages: docs/security.md).
 *
 * - extension pages (popup, options, the panel iframe): everything;
 * - content scripts in a CRM tab: report page context, nothing else;
 * - anyone else (another extension, a web page): refused and logged.
 */
export type SenderRole = 'extension-page' | 'content-script' | 'refused';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderRole {
  if (sender.id !== extensionId) return 'refused';
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && url.startsWith('https://')) return 'content-script';
  return 'refused';
}

/**
 * A panel port is accepted only from the panel as CoachLens docks it: an extension page, in a
 * frame (not a tab of its own), of a tab whose current top-level URL the browser shows us. It shows
 * that URL only for sites CoachLens may run on (the CRM hosts and the manager's granted custom
 * sites), so a panel framed by any other site gets no port. The session then serves the tab's
 * record only if that URL is the one the record was reported from (panel-port.ts).
 */
export function isDockedPanelSender(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  return (
    classifySender(sender, extensionId, extensionOrigin) === 'extension-page' &&
    sender.tab?.id !== undefined &&
    (sender.frameId ?? 0) > 0 &&
    new URL(sender.url ?? extensionOrigin).pathname === '/panel.html' &&
    /^https:\/\//.test(sender.tab.url ?? '')
  );
}
