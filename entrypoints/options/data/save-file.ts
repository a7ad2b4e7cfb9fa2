/**
 * Hands a file to the browser's download manager from an extension page: no `downloads`
 * permission needed (least privilege: docs/architecture.md#rules). The object URL is revoked once the browser has it.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
