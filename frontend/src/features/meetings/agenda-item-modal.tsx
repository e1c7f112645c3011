import { Button, Group, Modal, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, FocusAreaView } from '../../api/types';
import { RichTextEditor } from '../../components/rich-text-editor';
import { SaveError } from '../../components/save-error';
import { useServerFieldErrors } from '../../lib/field-errors';
import {
  AGENDA_KINDS,
  EMPTY_ITEM,
  invalidItemFields,
  ITEM_LIMITS,
  itemDraftOf,
  itemInputOf,
  type AgendaItemDraft,
  type AgendaItemField,
} from './agenda-item-draft';
import { useAddAgendaItem, useUpdateAgendaItem } from './use-meetings';

interface AgendaItemFormProps {
  partnershipId: string;
  meetingId: string;
  /** The item to change, as it was when the user chose to edit it; null to add one. */
  item: AgendaItemView | null;
  focusAreas: FocusAreaView[];
  /** Reads the meeting again; resolves to the item's newest version, if it is still there. */
  reloadItem: (id: string) => Promise<AgendaItemView | undefined>;
  onClose: () => void;
}

interface AgendaItemModalProps extends AgendaItemFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts from the item as it is then. */
  session: number;
}

/** Adds an item last on the agenda, or changes one against the version the user started from. */
export function AgendaItemModal({ opened, session, ...form }: AgendaItemModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={form.item ? t('meetings.agenda.editTitle') : t('meetings.agenda.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <AgendaItemForm key={session} {...form} />
    </Modal>
  );
}

function AgendaItemForm({
  partnershipId,
  meetingId,
  item,
  focusAreas,
  reloadItem,
  onClose,
}: AgendaItemFormProps) {
  const { t } = useTranslation();
  const add = useAddAgendaItem(partnershipId, meetingId);
  const update = useUpdateAgendaItem(partnershipId, meetingId);
  const mutation = item ? update : add;
  const [base, setBase] = useState(item);
  const [draft, setDraft] = useState<AgendaItemDraft>(() =>
    item ? itemDraftOf(item) : EMPTY_ITEM,
  );
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);
  const invalid = checked ? invalidItemFields(draft) : new Set<AgendaItemField>();

  const messages: Record<AgendaItemField, string> = {
    title: t('meetings.agenda.form.titleInvalid'),
    kind: t('meetings.agenda.form.kindInvalid'),
    presenter: t('form.tooLong', { max: ITEM_LIMITS.presenter }),
    durationMinutes: t('meetings.agenda.form.durationInvalid'),
    focusAreaId: t('meetings.agenda.form.focusAreaInvalid'),
    background: t('form.tooLong', { max: ITEM_LIMITS.background }),
  };
  const errorFor = (field: AgendaItemField) =>
    invalid.has(field) ? messages[field] : server.errorFor(field, messages[field]);
  const fieldLabel = (field: string) =>
    ({
      title: t('meetings.agenda.form.title'),
      kind: t('meetings.agenda.form.kind'),
      presenter: t('meetings.agenda.form.presenter'),
      durationMinutes: t('meetings.agenda.form.duration'),
      focusAreaId: t('meetings.agenda.form.focusArea'),
      background: t('meetings.agenda.form.background'),
      agenda: t('meetings.agenda.title'),
    })[field];

  // Retired focus areas are not offered for new links, but an item keeps the one it has.
  const areaOptions = focusAreas
    .filter((area) => !area.retired || area.id === draft.focusAreaId)
    .map((area) => {
      const name = t('meetings.agenda.focusAreaName', { number: area.number, title: area.title });
      return {
        value: area.id,
        label: area.retired ? t('meetings.agenda.form.retired', { name }) : name,
      };
    });

  const set = <K extends AgendaItemField>(key: K, value: AgendaItemDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (invalidItemFields(draft).size > 0) return;
    const input = itemInputOf(draft);
    if (base) {
      update.mutate({ id: base.id, version: base.version, input }, { onSuccess: onClose });
    } else {
      add.mutate(input, { onSuccess: onClose });
    }
  };

  const reloadNewest = async () => {
    if (!base) return;
    setReloading(true);
    const fresh = await reloadItem(base.id);
    setReloading(false);
    if (!fresh) return;
    setBase(fresh);
    setDraft(itemDraftOf(fresh));
    setChecked(false);
    mutation.reset();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('meetings.agenda.form.title')}
          required
          data-autofocus
          value={draft.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errorFor('title')}
        />
        <Group grow align="flex-start">
          <NativeSelect
            label={t('meetings.agenda.form.kind')}
            required
            value={draft.kind}
            onChange={(event) => set('kind', event.currentTarget.value as AgendaItemDraft['kind'])}
            data={AGENDA_KINDS.map((kind) => ({
              value: kind,
              label: t(`meetings.agenda.kind.${kind}`),
            }))}
            error={errorFor('kind')}
          />
          <NumberInput
            label={t('meetings.agenda.form.duration')}
            min={ITEM_LIMITS.minDuration}
            max={ITEM_LIMITS.maxDuration}
            step={5}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            value={draft.durationMinutes}
            onChange={(value) => set('durationMinutes', value)}
            error={errorFor('durationMinutes')}
          />
        </Group>
        <TextInput
          label={t('meetings.agenda.form.presenter')}
          description={t('meetings.agenda.form.presenterHelp')}
          value={draft.presenter}
          onChange={(event) => set('presenter', event.currentTarget.value)}
          error={errorFor('presenter')}
        />
        <NativeSelect
          label={t('meetings.agenda.form.focusArea')}
          value={draft.focusAreaId}
          onChange={(event) => set('focusAreaId', event.currentTarget.value)}
          data={[{ value: '', label: t('meetings.agenda.form.noFocusArea') }, ...areaOptions]}
          error={errorFor('focusAreaId')}
        />
        <RichTextEditor
          label={t('meetings.agenda.form.background')}
          description={t('form.noPersonalData')}
          value={draft.background}
          onChange={(value) => set('background', value)}
          error={errorFor('background')}
        />
        {mutation.isError && (
          <SaveError
            error={mutation.error}
            onReload={() => void reloadNewest()}
            reloading={reloading}
            fieldLabel={fieldLabel}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {item ? t('common.save') : t('meetings.agenda.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
