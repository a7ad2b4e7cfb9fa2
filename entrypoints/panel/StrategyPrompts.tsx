import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { accountPromptGroups } from '@/utils/defaults/account-prompts';
import type { PromptView } from '@/utils/insights';
import { techniquesHint } from '@/components/insights/skill-words';
import { staleAnswerMessage } from '@/utils/messaging/protocol';
import type { PanelRequestWithoutId } from '@/hooks/use-panel-port';

const saveDelayMs = 800;

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * What the manager typed in one prompt here. `base` is the stored answer the text was typed over;
 * `unsaved` is true until the background confirms the text. An edit gives way to the stored answer
 * as soon as that answer is the text (saved) or the edit holds nothing unsaved.
 */
interface Edit {
  text: string;
  base: string;
  unsaved: boolean;
}

/**
 * The account-strategy prompts, grouped, with answers saved as the manager types (debounced).
 * "Saved" shows only after the background confirms the write committed.
 *
 * The same account may be open in another tab, whose panel saves too. This panel always shows the
 * stored answer, except where the manager has text here not saved yet; each save says which stored
 * answer it was typed over, and the background refuses it when that answer has changed since. Then,
 * or when the stored answer changes under unsaved text, both are shown and the manager chooses.
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
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const [conflicts, setConflicts] = useState<Record<string, true>>({});
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stored = (promptId: string) => prompts.find((prompt) => prompt.id === promptId)?.answer ?? '';

  // A new view: edits the stored answers caught up with give way; unsaved text over an answer that
  // changed meanwhile is a conflict. Done while rendering the new view, so no frame shows an edit the
  // view has already overtaken.
  const [viewedPrompts, setViewedPrompts] = useState(prompts);
  if (viewedPrompts !== prompts) {
    setViewedPrompts(prompts);
    const next: Record<string, Edit> = {};
    const clashes: string[] = [];
    for (const [promptId, edit] of Object.entries(edits)) {
      const answer = stored(promptId);
      if (answer === edit.text || !edit.unsaved) continue;
      next[promptId] = edit;
      if (answer !== edit.base) clashes.push(promptId);
    }
    setEdits(next);
    if (clashes.length > 0)
      setConflicts((current) => ({ ...current, ...Object.fromEntries(clashes.map((id) => [id, true])) }));
  }

  const flush = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const toSend = Object.entries(edits).filter(([promptId, edit]) => edit.unsaved && !conflicts[promptId]);
    if (toSend.length === 0) return;
    const answers = Object.fromEntries(toSend.map(([promptId, edit]) => [promptId, edit.text]));
    const basedOn = Object.fromEntries(toSend.map(([promptId, edit]) => [promptId, edit.base]));
    setSaveState('saving');
    send({ type: 'saveStrategyAnswers', accountId, answers, basedOn }).then(
      () => {
        setSaveState('saved');
        setEdits((current) => {
          const next = { ...current };
          for (const [promptId, text] of Object.entries(answers)) {
            const edit = next[promptId];
            // Typed on since: that newer text stays unsaved, now over what was just saved.
            if (edit) next[promptId] = { text: edit.text, base: text, unsaved: edit.text !== text };
          }
          return next;
        });
      },
      (error: unknown) => {
        setSaveState('failed');
        if (error instanceof Error && error.message === staleAnswerMessage) {
          setConflicts((current) => ({ ...current, ...Object.fromEntries(toSend.map(([id]) => [id, true])) }));
        }
      },
    );
  };

  // Timers and the unmount call the latest `flush`, which sees the latest edits. It is swapped in as
  // each render commits, before a timer scheduled from that render's handlers can fire.
  const flushRef = useRef(flush);
  useLayoutEffect(() => {
    flushRef.current = flush;
  });
  // Save what is pending when the panel goes away (the component is keyed by account).
  useEffect(() => () => flushRef.current(), []);

  const onChange = (promptId: string, value: string) => {
    setEdits((current) => ({
      ...current,
      [promptId]: { text: value, base: current[promptId]?.base ?? stored(promptId), unsaved: true },
    }));
    setSaveState('saving');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flushRef.current(), saveDelayMs);
  };

  const takeTheirs = (promptId: string) => {
    setEdits(({ [promptId]: _dropped, ...rest }) => rest);
    setConflicts(({ [promptId]: _resolved, ...rest }) => rest);
  };

  const keepMine = (promptId: string) => {
    setEdits((current) => {
      const edit = current[promptId];
      return edit ? { ...current, [promptId]: { ...edit, base: stored(promptId), unsaved: true } } : current;
    });
    setConflicts(({ [promptId]: _resolved, ...rest }) => rest);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flushRef.current(), 0);
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
          {saveState === 'saved' && Object.keys(conflicts).length === 0 && ` · ${i18n.t('panel.account.saved')}`}
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
              const value = edits[prompt.id]?.text ?? prompt.answer ?? '';
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
                  {conflicts[prompt.id] && (
                    <div role="alert" className="prompt-conflict">
                      <p>
                        {prompt.answer
                          ? i18n.t('panel.account.changedElsewhere', { answer: prompt.answer })
                          : i18n.t('panel.account.clearedElsewhere')}
                      </p>
                      <button type="button" onClick={() => keepMine(prompt.id)}>
                        {i18n.t('panel.account.keepMine')}
                      </button>{' '}
                      <button type="button" onClick={() => takeTheirs(prompt.id)}>
                        {i18n.t('panel.account.useTheirs')}
                      </button>
                    </div>
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
