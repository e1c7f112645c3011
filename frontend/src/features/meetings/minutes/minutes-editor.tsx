import { Button, CopyButton, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView } from '../../../api/types';
import { ConflictAlert } from '../../../components/conflict-alert';
import { ProblemAlert } from '../../../components/problem-alert';
import { RichTextEditor } from '../../../components/rich-text-editor';
import { formatClock } from '../../../lib/dates';
import { useServerFieldErrors } from '../../../lib/field-errors';
import { toProblemError } from '../../../lib/problem';
import { toPlainText } from '../../../lib/rich-text';
import { MINUTES_LIMITS, useStoreItem, writeMinutes } from './use-minutes';

/** How long typing must pause before the minutes are saved. */
export const AUTOSAVE_DELAY_MS = 1500;

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict' };

/** What the autosave knows between renders: read and written only by its timers and events. */
interface SaveState {
  /** The text in the field now. */
  text: string;
  /** The text the server has, as far as this editor knows. */
  saved: string;
  /** The item's version the next save is based on. */
  version: number;
  saving: boolean;
  /** Someone else saved meanwhile: nothing more is sent until the user has reloaded. */
  conflict: boolean;
}

interface MinutesEditorProps {
  partnershipId: string;
  meetingId: string;
  item: AgendaItemView;
  /** Reads the meeting again; resolves to the item's newest version, if it is still there. */
  reloadItem: (id: string) => Promise<AgendaItemView | undefined>;
}

/**
 * One agenda item's minutes, saved as they are written: when typing pauses and when the field
 * loses focus. A save that loses to someone else's never throws the typed text away: it stays in
 * the field, and after a reload it stays beside the newest version, ready to copy or to use.
 */
export function MinutesEditor({ partnershipId, meetingId, item, reloadItem }: MinutesEditorProps) {
  const { t, i18n } = useTranslation();
  const initial = item.minutes ?? '';
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [kept, setKept] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const storeItem = useStoreItem(partnershipId, meetingId);
  const state = useRef<SaveState>({
    text: initial,
    saved: initial,
    version: item.version,
    saving: false,
    conflict: false,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const server = useServerFieldErrors(status.kind === 'failed' ? status.error : null);
  const tooLong = text.length > MINUTES_LIMITS.minutes;
  const fieldId = `minutes-${item.id}`;

  const latestFlush = useRef<() => Promise<void>>(async () => undefined);
  const schedule = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void latestFlush.current(), AUTOSAVE_DELAY_MS);
  };

  const flush = async () => {
    clearTimeout(timer.current);
    const current = state.current;
    if (current.saving || current.conflict || current.text === current.saved) return;
    if (current.text.length > MINUTES_LIMITS.minutes) return;
    const sent = current.text;
    current.saving = true;
    setStatus({ kind: 'saving' });
    try {
      const result = await writeMinutes(partnershipId, meetingId, item.id, current.version, sent);
      current.version = result.version;
      current.saved = sent;
      current.saving = false;
      storeItem(result.item);
      if (current.text !== sent) {
        setStatus({ kind: 'unsaved' });
        schedule();
      } else {
        setStatus({ kind: 'saved', at: new Date() });
      }
    } catch (error) {
      current.saving = false;
      if (toProblemError(error).key === 'version-mismatch') {
        current.conflict = true;
        setStatus({ kind: 'conflict' });
      } else {
        setStatus({ kind: 'failed', error });
      }
    }
  };

  const change = (value: string) => {
    setText(value);
    state.current.text = value;
    if (state.current.conflict) return;
    if (!state.current.saving) setStatus({ kind: 'unsaved' });
    schedule();
  };

  // Leaving the page saves what is still waiting, and closing the tab asks first.
  useEffect(() => {
    latestFlush.current = flush;
  });
  useEffect(() => {
    const save = state.current;
    const pending = timer;
    const flushNow = latestFlush;
    const warn = (event: BeforeUnloadEvent) => {
      if (save.text !== save.saved) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      clearTimeout(pending.current);
      void flushNow.current();
    };
  }, []);

  const reloadNewest = async () => {
    setReloading(true);
    const fresh = await reloadItem(item.id);
    setReloading(false);
    if (!fresh) return;
    const mine = state.current.text;
    const newest = fresh.minutes ?? '';
    // Changed in place: the page-leaving handlers hold on to this very object.
    Object.assign(state.current, {
      text: newest,
      saved: newest,
      version: fresh.version,
      saving: false,
      conflict: false,
    });
    setText(newest);
    setKept(mine !== newest ? mine : null);
    setStatus({ kind: 'idle' });
  };

  const takeMine = () => {
    if (kept === null) return;
    setKept(null);
    change(kept);
  };

  const statusText =
    status.kind === 'saving'
      ? t('minutes.editor.saving')
      : status.kind === 'saved'
        ? t('minutes.editor.saved', { time: formatClock(status.at, i18n.language) })
        : status.kind === 'unsaved' || status.kind === 'conflict' || status.kind === 'failed'
          ? t('minutes.editor.unsaved')
          : '';

  const failure = status.kind === 'failed' ? toProblemError(status.error) : null;
  const fieldError = tooLong
    ? t('form.tooLong', { max: MINUTES_LIMITS.minutes })
    : server.errorFor('minutes', t('form.tooLong', { max: MINUTES_LIMITS.minutes }));

  return (
    <Stack gap="xs">
      <RichTextEditor
        id={fieldId}
        label={t('minutes.editor.label')}
        description={`${t('minutes.editor.help')} ${t('form.noPersonalData')}`}
        minRows={6}
        value={text}
        onChange={change}
        onBlur={() => void flush()}
        error={fieldError}
      />
      <Text size="sm" role="status" aria-live="polite" mih="1.5em">
        {statusText}
      </Text>
      {status.kind === 'conflict' && (
        <>
          <ConflictAlert onReload={() => void reloadNewest()} reloading={reloading} />
          <Text size="sm">{t('minutes.editor.conflictKept')}</Text>
        </>
      )}
      {failure && server.rejected.size === 0 && (
        <ProblemAlert
          error={status.kind === 'failed' ? status.error : null}
          title={t('minutes.editor.saveFailed')}
          onRetry={failure.key === 'invalid-state-transition' ? undefined : () => void flush()}
        >
          {failure.key === 'invalid-state-transition' && (
            <Text size="sm">{t('minutes.editor.refused')}</Text>
          )}
        </ProblemAlert>
      )}
      {kept !== null && (
        <Paper withBorder p="sm" radius="md">
          <Stack gap="xs">
            <Title order={4}>{t('minutes.editor.keptTitle')}</Title>
            <Text size="sm">{t('minutes.editor.keptText')}</Text>
            <Textarea
              label={t('minutes.editor.keptLabel')}
              readOnly
              autosize
              minRows={3}
              value={toPlainText(kept)}
              onFocus={(event) => event.currentTarget.select()}
            />
            <Group gap="sm">
              <CopyButton value={toPlainText(kept)}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="default" onClick={copy}>
                    {copied ? t('minutes.editor.copied') : t('minutes.editor.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button size="xs" variant="default" onClick={takeMine}>
                {t('minutes.editor.useMine')}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setKept(null)}>
                {t('minutes.editor.discardMine')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
