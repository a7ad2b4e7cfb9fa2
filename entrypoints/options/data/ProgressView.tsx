import { i18n } from '#i18n';
import type { Progress } from '@/utils/data/yield';
import { formatCount } from '@/utils/format/numbers';

export function progressText(progress: Progress): string {
  if (progress.phase === 'reading') return i18n.t('data.progress.reading');
  const values = { done: formatCount(progress.done), total: formatCount(progress.total) };
  return progress.phase === 'checking'
    ? i18n.t('data.progress.checking', values)
    : i18n.t('data.progress.writing', values);
}

/** A labelled progress bar; indeterminate while the file is being read. */
export function ProgressView({ progress }: { progress: Progress | undefined }) {
  if (!progress) return null;
  const text = progressText(progress);
  return (
    <div className="data-progress">
      <progress
        aria-label={text}
        max={progress.phase === 'reading' ? undefined : Math.max(1, progress.total)}
        value={progress.phase === 'reading' ? undefined : progress.done}
      />
      <span aria-live="polite">{text}</span>
    </div>
  );
}
