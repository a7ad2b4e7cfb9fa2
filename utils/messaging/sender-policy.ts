/**
 * Who may say what to the background (docs/architecture.md#messaging-and-the-sender-policy).
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
  tab?: { id?: number };
}

export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderRole {
  if (sender.id !== extensionId) return 'refused';
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && url.startsWith('https://')) return 'content-script';
  return 'refused';
}
