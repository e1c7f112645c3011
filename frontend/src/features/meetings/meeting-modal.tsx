import {
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../api/types';
import { LoadingState } from '../../components/loading-state';
import { ProblemAlert } from '../../components/problem-alert';
import { SaveError } from '../../components/save-error';
import { useServerFieldErrors } from '../../lib/field-errors';
import { useAllWorkingGroups } from '../../lib/lookups';
import {
  EMPTY_MEETING,
  invalidMeetingFields,
  MEETING_LIMITS,
  meetingDraftOf,
  meetingInputOf,
  workingGroupOptions,
  type MeetingDraft,
  type MeetingField,
} from './meeting-draft';
import { useCreateMeeting, useUpdateMeeting } from './use-meetings';

interface MeetingFormProps {
  partnershipId: string;
  /** The meeting to change or move, as it was when the user chose to; null to plan a new one. */
  meeting: MeetingView | null;
  /** Reads the meeting again; resolves to its newest version, if it could be read. */
  reload?: () => Promise<MeetingView | undefined>;
  onClose: () => void;
  /** Hears of a newly planned meeting, after the dialog closed; to go to its page, say. */
  onCreated?: (meeting: MeetingView) => void;
}

interface MeetingModalProps extends MeetingFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts from the meeting as it is then. */
  session: number;
}

/** Plans a meeting, or changes or moves one against the version the user started from. */
export function MeetingModal({ opened, session, ...form }: MeetingModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={form.meeting ? t('meetings.meeting.editTitle') : t('meetings.plan')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <MeetingForm key={session} {...form} />
    </Modal>
  );
}

function MeetingForm({ partnershipId, meeting, reload, onClose, onCreated }: MeetingFormProps) {
  const { t } = useTranslation();
  const create = useCreateMeeting(partnershipId);
  const update = useUpdateMeeting(partnershipId, meeting?.id ?? '');
  const mutation = meeting ? update : create;
  const [base, setBase] = useState(meeting);
  const [draft, setDraft] = useState<MeetingDraft>(() =>
    meeting ? meetingDraftOf(meeting) : EMPTY_MEETING,
  );
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const groups = useAllWorkingGroups(partnershipId);
  const server = useServerFieldErrors(mutation.error);
  const invalid = checked ? invalidMeetingFields(draft) : new Set<MeetingField>();

  const messages: Record<MeetingField, string> = {
    title: t('meetings.form.titleInvalid', { max: MEETING_LIMITS.title }),
    date: t('meetings.form.dateInvalid'),
    time: t('meetings.form.timeInvalid'),
    durationMinutes: t('meetings.form.durationInvalid'),
    place: t('form.tooLong', { max: MEETING_LIMITS.place }),
    onlineUrl: t('meetings.form.onlineUrlInvalid'),
    workingGroupId: t('meetings.form.workingGroupInvalid'),
  };
  // The API takes date and time as one start; a start it rejects is shown at the date.
  const errorFor = (field: MeetingField): string | undefined => {
    if (invalid.has(field)) return messages[field];
    return server.errorFor(field === 'date' ? 'startsAt' : field, messages[field]);
  };
  const fieldLabel = (field: string) =>
    ({
      title: t('meetings.form.title'),
      startsAt: t('meetings.form.date'),
      durationMinutes: t('meetings.form.duration'),
      place: t('meetings.form.place'),
      onlineUrl: t('meetings.form.onlineUrl'),
      workingGroupId: t('meetings.form.workingGroup'),
    })[field];

  const set = <K extends MeetingField>(key: K, value: MeetingDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (invalidMeetingFields(draft).size > 0) return;
    const input = meetingInputOf(draft);
    if (base) {
      update.mutate({ version: base.version, input }, { onSuccess: onClose });
    } else {
      create.mutate(input, {
        onSuccess: (created) => {
          onClose();
          onCreated?.(created);
        },
      });
    }
  };

  const reloadNewest = async () => {
    if (!reload) return;
    setReloading(true);
    const fresh = await reload();
    setReloading(false);
    if (!fresh) return;
    setBase(fresh);
    setDraft(meetingDraftOf(fresh));
    setChecked(false);
    mutation.reset();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('form.noPersonalData')}</Text>
        <TextInput
          label={t('meetings.form.title')}
          required
          data-autofocus
          value={draft.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errorFor('title')}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('meetings.form.date')}
            required
            value={draft.date}
            onChange={(event) => set('date', event.currentTarget.value)}
            error={errorFor('date')}
          />
          <TextInput
            type="time"
            label={t('meetings.form.time')}
            description={t('meetings.form.timeHelp')}
            required
            value={draft.time}
            onChange={(event) => set('time', event.currentTarget.value)}
            error={errorFor('time')}
          />
        </Group>
        <NumberInput
          label={t('meetings.form.duration')}
          required
          min={MEETING_LIMITS.minDuration}
          max={MEETING_LIMITS.maxDuration}
          step={15}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          maw="14rem"
          value={draft.durationMinutes}
          onChange={(value) => set('durationMinutes', value)}
          error={errorFor('durationMinutes')}
        />
        <TextInput
          label={t('meetings.form.place')}
          description={t('meetings.form.placeHelp')}
          value={draft.place}
          onChange={(event) => set('place', event.currentTarget.value)}
          error={errorFor('place')}
        />
        <TextInput
          type="url"
          label={t('meetings.form.onlineUrl')}
          description={t('meetings.form.onlineUrlHelp')}
          value={draft.onlineUrl}
          onChange={(event) => set('onlineUrl', event.currentTarget.value)}
          error={errorFor('onlineUrl')}
        />
        {groups.isPending ? (
          <LoadingState label={t('meetings.form.workingGroupsLoading')} />
        ) : groups.isError ? (
          <ProblemAlert
            error={groups.error}
            title={t('meetings.form.workingGroupsFailed')}
            onRetry={() => void groups.refetch()}
          />
        ) : (
          <NativeSelect
            label={t('meetings.form.workingGroup')}
            description={t('meetings.form.workingGroupHelp')}
            value={draft.workingGroupId}
            onChange={(event) => set('workingGroupId', event.currentTarget.value)}
            data={workingGroupOptions(groups.data, base?.workingGroup ?? null, {
              wholePartnership: t('meetings.form.wholePartnership'),
              closed: (name) => t('meetings.form.workingGroupClosed', { name }),
            })}
            error={errorFor('workingGroupId')}
          />
        )}
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
            {meeting ? t('common.save') : t('meetings.plan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
