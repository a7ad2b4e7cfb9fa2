import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { PageReport } from '@/utils/messaging/panel-view';
import { pageReadingSections, pageReadingText } from './page-reading-text';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * "What CoachLens read on this page": the page's CRM, kind and id, each fact with the rule that
 * found it, and how the read went. Copied as plain text for a support report; when the browser
 * refuses the clipboard (a frame inside another site may not write it), the text is shown selected.
 */
export function PageReadingView({
  report,
  onClose,
  version = extensionVersion(),
}: {
  report: PageReport;
  onClose: () => void;
  version?: string;
}) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const text = pageReadingText(report, version);

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (copy === 'failed') textRef.current?.select();
  }, [copy]);

  const copyText = async (button: HTMLButtonElement) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      // Chrome refuses the clipboard API to a frame inside another site's page; copying a
      // selection still works there, while the click's user activation lasts.
      const copied = copySelected(text);
      button.focus();
      setCopy(copied ? 'copied' : 'failed');
    }
  };

  return (
    <section className="panel-section page-reading" aria-labelledby="coachlens-reading-heading">
      <h1 id="coachlens-reading-heading" className="panel-record-name" tabIndex={-1} ref={headingRef}>
        {i18n.t('panel.reading.heading')}
      </h1>
      <p className="panel-muted">{i18n.t('panel.reading.intro')}</p>
      {pageReadingSections(report, version).map((section) => (
        <div key={section.heading}>
          <h2 className="panel-subheading">{section.heading}</h2>
          <dl className="reading-lines">
            {section.lines.map((line) => (
              <div key={line.label}>
                <dt>{line.label}</dt>
                <dd>{line.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      <div className="reading-actions">
        <button type="button" onClick={(event) => void copyText(event.currentTarget)}>
          {i18n.t('panel.reading.copy')}
        </button>
        <button type="button" className="secondary-button" onClick={onClose}>
          {i18n.t('panel.reading.back')}
        </button>
      </div>
      <p role="status" className="panel-status">
        {copy === 'copied' && i18n.t('panel.reading.copied')}
        {copy === 'failed' && i18n.t('panel.reading.copyFailed')}
      </p>
      {copy === 'failed' && (
        <textarea
          ref={textRef}
          className="reading-text"
          readOnly
          rows={text.split('\n').length}
          value={text}
          aria-label={i18n.t('panel.reading.textLabel')}
        />
      )}
    </section>
  );
}

/** Copies `text` the older way: select it in a hidden text box and ask the document to copy. */
function copySelected(text: string): boolean {
  const box = document.createElement('textarea');
  box.value = text;
  box.readOnly = true;
  box.className = 'copy-source';
  document.body.append(box);
  box.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    box.remove();
  }
}

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
}
