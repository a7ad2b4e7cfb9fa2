import { useEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { accountPromptGroups } from '@/utils/defaults/account-prompts';
import type { PromptView } from '@/utils/insights';
import { techniquesHint } from '@/components/insights/skill-words';
import type { PanelRequestWithoutId } from '@/hooks/use-panel-port';

const saveDelayMs = 800;

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * The account-strategy prompts, grouped, with answers saved as the manager types (debounced).
 * "Saved" shows only after the background confirms the write committed.
 */
export function StrategyPrompts({
  accountId,
  prompts,
  unansweredCount,
  send,
}: {
  accountId: string;
  prompts: readonly PromptView[];
  unansweredCount: number;
  send: (request: PanelRequestWithoutId) => Promise<void>;
}) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const pending = useRef<Record<string, string>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const answers = pending.current;
    if (Object.keys(answers).length === 0) return;
    pending.current = {};
    setSaveState('saving');
    send({ type: 'saveStrategyAnswers', accountId, answers }).then(
      () => setSaveState('saved'),
      () => {
        // Put the unsaved answers back so the next keystroke or blur retries them.
        pending.current = { ...answers, ...pending.current };
        setSaveState('failed');
      },
    );
  };

  // Save what is pending when the panel goes away (the component is keyed by account).
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  useEffect(() => () => flushRef.current(), []);

  const onChange = (promptId: string, value: string) => {
    setDrafts((current) => ({ ...current, [promptId]: value }));
    pending.current = { ...pending.current, [promptId]: value };
    setSaveState('saving');
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, saveDelayMs);
  };

  const total = prompts.length;
  return (
    <section className="strategy" aria-labelledby={`coachlens-prompts-${accountId}`}>
      <h2 id={`coachlens-prompts-${accountId}`} className="panel-subheading">
        {i18n.t('panel.account.promptsHeading')}
      </h2>
      <p className="panel-muted">
        {unansweredCount === 0
          ? i18n.t('panel.account.allAnswered')
          : i18n.t('panel.account.unanswered', { count: unansweredCount, total })}
        <span role="status" className="save-state">
          {saveState === 'saving' && ` · ${i18n.t('panel.account.saving')}`}
          {saveState === 'saved' && ` · ${i18n.t('panel.account.saved')}`}
        </span>
      </p>
      {accountPromptGroups.map((group) => {
        const inGroup = prompts.filter((prompt) => prompt.group === group.id);
        if (inGroup.length === 0) return null;
        return (
          <fieldset key={group.id} className="prompt-group">
            <legend>{group.title}</legend>
            {inGroup.map((prompt) => {
              const inputId = `coachlens-prompt-${accountId}-${prompt.id}`;
              const value = drafts[prompt.id] ?? prompt.answer ?? '';
              const hint = techniquesHint(prompt.techniques);
              const hintId = `${inputId}-hint`;
              return (
                <div key={prompt.id} className={value.trim() ? 'prompt answered' : 'prompt unanswered'}>
                  <label htmlFor={inputId}>{prompt.text}</label>
                  <textarea
                    id={inputId}
                    rows={2}
                    value={value}
                    onChange={(event) => onChange(prompt.id, event.target.value)}
                    onBlur={flush}
                    aria-describedby={hint ? hintId : undefined}
                  />
                  {hint && (
                    <p id={hintId} className="panel-muted prompt-hint">
                      {hint}
                    </p>
                  )}
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </section>
  );
}
