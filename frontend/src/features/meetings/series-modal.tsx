import {
  Badge,
  Box,
  Button,
  Group,
  Modal,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveError } from '../../components/save-error';
import { useServerFieldErrors } from '../../lib/field-errors';
import {
  addDays,
  copenhagenOffsetDateTime,
  formatDate,
  formatWeekdayDateTime,
} from '../../lib/dates';
import {
  DEFAULT_SERIES,
  invalidSeriesFields,
  MEETING_LIMITS,
  seriesInputOf,
  type SeriesDraft,
  type SeriesField,
} from './meeting-draft';
import { mondayOf, seriesMeetings, withExisting } from './series';
import { useCreateMeetingSeries, useMeetingsBetween } from './use-meetings';

const PREVIEW_HEADING_ID = 'meeting-series-preview';

interface SeriesFormProps {
  partnershipId: string;
  onClose: () => void;
}

interface SeriesModalProps extends SeriesFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts afresh. */
  session: number;
}

/**
 * Plans a year's meetings in one go, showing the meetings it will plan before it does; a week that
 * already has a meeting is marked and skipped, as the API skips it.
 */
export function SeriesModal({ opened, session, ...form }: SeriesModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={t('meetings.planSeries')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <SeriesForm key={session} {...form} />
    </Modal>
  );
}

function SeriesForm({ partnershipId, onClose }: SeriesFormProps) {
  const { t, i18n } = useTranslation();
  const mutation = useCreateMeetingSeries(partnershipId);
  const [draft, setDraft] = useState<SeriesDraft>(DEFAULT_SERIES);
  const [checked, setChecked] = useState(false);
  const server = useServerFieldErrors(mutation.error);
  const problems = invalidSeriesFields(draft);
  const invalid = checked ? problems : new Set<SeriesField>();

  const messages: Record<SeriesField, string> = {
    title: t('meetings.form.titleInvalid', { max: MEETING_LIMITS.seriesTitle }),
    firstDate: t('meetings.form.dateInvalid'),
    time: t('meetings.form.timeInvalid'),
    durationMinutes: t('meetings.form.durationInvalid'),
    count: t('meetings.form.countInvalid'),
    monthsBetween: t('meetings.form.monthsBetweenInvalid'),
    place: t('form.tooLong', { max: MEETING_LIMITS.place }),
    onlineUrl: t('meetings.form.onlineUrlInvalid'),
  };
  const errorFor = (field: SeriesField): string | undefined => {
    if (invalid.has(field)) return messages[field];
    return server.errorFor(field === 'time' ? 'startTime' : field, messages[field]);
  };
  const fieldLabel = (field: string) =>
    ({
      title: t('meetings.form.title'),
      firstDate: t('meetings.form.firstDate'),
      startTime: t('meetings.form.time'),
      durationMinutes: t('meetings.form.duration'),
      count: t('meetings.form.count'),
      monthsBetween: t('meetings.form.monthsBetween'),
      place: t('meetings.form.place'),
      onlineUrl: t('meetings.form.onlineUrl'),
    })[field];

  const set = <K extends SeriesField>(key: K, value: SeriesDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const previewable = !['firstDate', 'count', 'monthsBetween'].some((field) =>
    problems.has(field as SeriesField),
  );
  const planned = previewable
    ? seriesMeetings(draft.title, draft.firstDate, Number(draft.count), Number(draft.monthsBetween))
    : [];
  // The meetings already in the series' weeks, from the first one's Monday to the last one's Sunday.
  const existing = useMeetingsBetween(
    partnershipId,
    planned.length > 0 ? mondayOf(planned[0].date) : '',
    planned.length > 0 ? addDays(mondayOf(planned[planned.length - 1].date), 6) : '',
  );
  const preview = withExisting(planned, existing.data?.items ?? []);
  const toPlan = preview.filter((meeting) => !meeting.existing).length;
  const whenOf = (date: string) => {
    const start = problems.has('time') ? null : copenhagenOffsetDateTime(date, draft.time);
    return start
      ? formatWeekdayDateTime(start, i18n.language)
      : formatDate(date, i18n.language, 'long');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (problems.size > 0) return;
    mutation.mutate(seriesInputOf(draft), { onSuccess: onClose });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('form.noPersonalData')}</Text>
        <TextInput
          label={t('meetings.form.title')}
          description={t('meetings.form.seriesTitleHelp')}
          required
          value={draft.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errorFor('title')}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('meetings.form.firstDate')}
            description={t('meetings.form.firstDateHelp')}
            required
            data-autofocus
            value={draft.firstDate}
            onChange={(event) => set('firstDate', event.currentTarget.value)}
            error={errorFor('firstDate')}
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
        <Group grow align="flex-start">
          <NumberInput
            label={t('meetings.form.duration')}
            required
            min={MEETING_LIMITS.minDuration}
            max={MEETING_LIMITS.maxDuration}
            step={15}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            value={draft.durationMinutes}
            onChange={(value) => set('durationMinutes', value)}
            error={errorFor('durationMinutes')}
          />
          <NumberInput
            label={t('meetings.form.count')}
            required
            min={1}
            max={MEETING_LIMITS.maxCount}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            value={draft.count}
            onChange={(value) => set('count', value)}
            error={errorFor('count')}
          />
          <NumberInput
            label={t('meetings.form.monthsBetween')}
            required
            min={1}
            max={MEETING_LIMITS.maxMonthsBetween}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            value={draft.monthsBetween}
            onChange={(value) => set('monthsBetween', value)}
            error={errorFor('monthsBetween')}
          />
        </Group>
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
        <Box component="section" aria-labelledby={PREVIEW_HEADING_ID}>
          <Title order={3} size="h5" id={PREVIEW_HEADING_ID} mb="xs">
            {t('meetings.form.preview')}
          </Title>
          {preview.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('meetings.form.previewEmpty')}
            </Text>
          ) : (
            <Box component="ol" pl="xl" m={0} aria-labelledby={PREVIEW_HEADING_ID}>
              {preview.map((meeting) => (
                <li key={meeting.date}>
                  <Group gap="xs" align="center">
                    <Text size="sm" td={meeting.existing ? 'line-through' : undefined}>
                      <time dateTime={meeting.date}>{whenOf(meeting.date)}</time>
                      {' – '}
                      {meeting.title}
                    </Text>
                    {meeting.existing && (
                      <Badge variant="outline" color="gray.8" radius="sm" tt="none">
                        {t('meetings.form.exists')}
                      </Badge>
                    )}
                  </Group>
                  {meeting.existing && (
                    <Text size="xs" c="dimmed">
                      {t('meetings.form.existsAs', {
                        title: meeting.existing.title,
                        date: formatWeekdayDateTime(meeting.existing.startsAt, i18n.language),
                      })}
                    </Text>
                  )}
                </li>
              ))}
            </Box>
          )}
        </Box>
        {preview.length > 0 && toPlan === 0 && <Text size="sm">{t('meetings.form.allExist')}</Text>}
        {mutation.isError && (
          <SaveError error={mutation.error} onReload={onClose} fieldLabel={fieldLabel} />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={mutation.isPending}
            disabled={preview.length > 0 && toPlan === 0}
          >
            {t('meetings.form.submitSeries', {
              count: preview.length > 0 ? toPlan : Number(draft.count) || 0,
            })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
