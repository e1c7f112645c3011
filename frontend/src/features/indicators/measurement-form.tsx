import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/confirm-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useServerFieldErrors } from '../../lib/field-errors';
import { formatNumber } from '../../lib/numbers';
import { formatPeriod, normalisePeriod, parsePeriod } from '../../lib/periods';
import { useDialog } from '../../lib/use-dialog';
import { needsConfirmation } from './confirmation';
import { useDecimalInput } from './decimal-input';
import { INDICATOR_LIMITS, numberOf } from './indicator-draft';
import type { IndicatorView, MeasurementInput, MeasurementView } from './types';
import { useRecordMeasurement, type RecordOutcome } from './use-indicators';

/** The limits the API enforces on a value's texts. */
const MAX_SOURCE = 300;
const MAX_NOTE = 1000;

interface MeasurementDraft {
  areaId: string;
  period: string;
  value: number | string;
  source: string;
  note: string;
}

type MeasurementField = keyof MeasurementDraft;

type MeasurementProblem =
  | 'areaMissing'
  | 'periodMissing'
  | 'periodInvalid'
  | 'valueMissing'
  | 'valueInvalid'
  | 'valueNegative'
  | 'tooLong';

/** What the API would reject in a value, checked field by field. */
function checkMeasurement(
  draft: MeasurementDraft,
  indicator: IndicatorView,
): Partial<Record<MeasurementField, MeasurementProblem>> {
  const problems: Partial<Record<MeasurementField, MeasurementProblem>> = {};
  if (!indicator.areas.some((area) => area.id === draft.areaId)) problems.areaId = 'areaMissing';
  if (!draft.period.trim()) problems.period = 'periodMissing';
  else if (!parsePeriod(draft.period, indicator.frequency)) problems.period = 'periodInvalid';
  const value = numberOf(draft.value);
  if (value === null) problems.value = 'valueMissing';
  else if (Number.isNaN(value) || Math.abs(value) > INDICATOR_LIMITS.value) {
    problems.value = 'valueInvalid';
  } else if (value < 0 && !indicator.allowNegative) problems.value = 'valueNegative';
  if (draft.source.length > MAX_SOURCE) problems.source = 'tooLong';
  if (draft.note.length > MAX_NOTE) problems.note = 'tooLong';
  return problems;
}

interface MeasurementFormProps {
  indicator: IndicatorView;
  /** The values already entered, to say when a new one will correct one of them. */
  measurements: MeasurementView[] | undefined;
}

/**
 * Enters a value for one period and area. A period and area that already have a value get it
 * corrected, the old value kept in its history. A value far above the area's recent ones is held
 * back by the API until the user confirms it.
 */
export function MeasurementForm({ indicator, measurements }: MeasurementFormProps) {
  const { t, i18n } = useTranslation();
  const mutation = useRecordMeasurement(indicator.partnershipId, indicator.id);
  const decimal = useDecimalInput();
  const [draft, setDraft] = useState<MeasurementDraft>(() => ({
    areaId: indicator.areas.length === 1 ? indicator.areas[0].id : '',
    period: '',
    value: '',
    source: indicator.dataSource ?? '',
    note: '',
  }));
  const [checked, setChecked] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  /** The value the API asked to confirm, kept as it was sent. */
  const confirmation = useDialog<MeasurementInput>();
  const confirming = confirmation.opened;
  const unconfirmed = confirmation.subject;
  const serverError = confirming || needsConfirmation(mutation.error) ? null : mutation.error;
  const server = useServerFieldErrors(serverError);
  const problems = checkMeasurement(draft, indicator);

  const periodInvalid = t(`indicators.form.periodInvalid.${indicator.frequency}`);
  const problemText = (problem: MeasurementProblem, field: MeasurementField): string =>
    ({
      areaMissing: t('indicators.entry.areaMissing'),
      periodMissing: periodInvalid,
      periodInvalid,
      valueMissing: t('indicators.entry.valueMissing'),
      valueInvalid: t('indicators.form.numberInvalid'),
      valueNegative: t('indicators.form.negativeNotAllowed'),
      tooLong: t('form.tooLong', { max: field === 'source' ? MAX_SOURCE : MAX_NOTE }),
    })[problem];
  const serverMessages: Record<MeasurementField, string> = {
    areaId: t('indicators.entry.areaMissing'),
    period: periodInvalid,
    value: indicator.allowNegative
      ? t('indicators.form.numberInvalid')
      : t('indicators.entry.valueRejected'),
    source: t('form.tooLong', { max: MAX_SOURCE }),
    note: t('form.tooLong', { max: MAX_NOTE }),
  };
  const errorFor = (field: MeasurementField): string | undefined => {
    const problem = problems[field];
    if (checked && problem) return problemText(problem, field);
    return server.errorFor(field, serverMessages[field]);
  };
  const labels: Record<MeasurementField, string> = {
    areaId: t('indicators.entry.area'),
    period: t('indicators.entry.period'),
    value: t('indicators.entry.value'),
    source: t('indicators.entry.source'),
    note: t('indicators.entry.note'),
  };
  const fieldLabel = (field: string) => labels[field as MeasurementField];
  const fieldRejected = [...server.rejected.keys()].some((field) => field in labels);

  const set = <K extends MeasurementField>(key: K, value: MeasurementDraft[K]) => {
    setAnnouncement('');
    setDraft((current) => ({ ...current, [key]: value }));
  };

  const areaName = (areaId: string) =>
    indicator.areas.find((area) => area.id === areaId)?.name ?? '';
  const normalised = normalisePeriod(draft.period, indicator.frequency);
  const existing = parsePeriod(draft.period, indicator.frequency)
    ? measurements?.find((m) => m.areaId === draft.areaId && m.period === normalised)
    : undefined;

  const outcomeText = (outcome: RecordOutcome, input: MeasurementInput) => {
    const where = {
      area: areaName(input.areaId),
      period: formatPeriod(input.period, i18n.language),
    };
    return {
      created: t('indicators.entry.created', where),
      corrected: t('indicators.entry.corrected'),
      unchanged: t('indicators.entry.unchanged', where),
    }[outcome];
  };

  const send = (input: MeasurementInput) =>
    mutation.mutate(input, {
      onSuccess: ({ outcome }) => {
        confirmation.close();
        setChecked(false);
        setAnnouncement(outcomeText(outcome, input));
        setDraft((current) => ({ ...current, value: '', note: '' }));
      },
      onError: (error) => {
        if (needsConfirmation(error) && !input.confirmed) confirmation.open(input);
      },
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setAnnouncement('');
    if (Object.keys(problems).length > 0) return;
    const input: MeasurementInput = {
      areaId: draft.areaId,
      period: normalised,
      value: numberOf(draft.value) as number,
    };
    if (draft.source.trim()) input.source = draft.source.trim();
    if (draft.note.trim()) input.note = draft.note.trim();
    send(input);
  };

  const cancelConfirmation = () => {
    confirmation.close();
    mutation.reset();
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="indicator-entry">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={3} id="indicator-entry">
            {t('indicators.entry.title')}
          </Title>
          <Text size="sm">{t('form.noPersonalData')}</Text>
          <Group align="flex-start" gap="md">
            <NativeSelect
              label={labels.areaId}
              required
              value={draft.areaId}
              onChange={(event) => set('areaId', event.currentTarget.value)}
              data={[
                ...(indicator.areas.length === 1
                  ? []
                  : [{ value: '', label: t('indicators.entry.chooseArea') }]),
                ...indicator.areas.map((area) => ({ value: area.id, label: area.name })),
              ]}
              error={errorFor('areaId')}
              miw="12rem"
            />
            <TextInput
              label={labels.period}
              required
              placeholder={t(`indicators.periodPlaceholder.${indicator.frequency}`)}
              description={t(`indicators.periodHelp.${indicator.frequency}`)}
              autoComplete="off"
              value={draft.period}
              onChange={(event) => set('period', event.currentTarget.value)}
              error={errorFor('period')}
              maw="14rem"
            />
            <NumberInput
              label={labels.value}
              required
              description={t('indicators.entry.valueHelp', { unit: indicator.unit })}
              value={draft.value}
              onChange={(value) => set('value', value)}
              error={errorFor('value')}
              allowNegative={indicator.allowNegative}
              hideControls
              maw="14rem"
              {...decimal}
            />
          </Group>
          {existing && (
            <Text size="sm" role="note">
              {t('indicators.entry.willCorrect', {
                value: formatNumber(existing.value, i18n.language, 10),
                unit: indicator.unit,
              })}
            </Text>
          )}
          <TextInput
            label={labels.source}
            value={draft.source}
            onChange={(event) => set('source', event.currentTarget.value)}
            error={errorFor('source')}
          />
          <Textarea
            label={labels.note}
            autosize
            minRows={2}
            value={draft.note}
            onChange={(event) => set('note', event.currentTarget.value)}
            error={errorFor('note')}
          />
          {serverError && !fieldRejected && (
            <ProblemAlert
              error={serverError}
              title={t('indicators.entry.failed')}
              fieldLabel={fieldLabel}
            />
          )}
          <Group gap="md" align="center">
            <Button type="submit" loading={mutation.isPending && !confirming}>
              {t('indicators.entry.submit')}
            </Button>
            <Text role="status" size="sm" fw={500}>
              {announcement}
            </Text>
          </Group>
        </Stack>
      </form>
      <ConfirmModal
        opened={confirming}
        onClose={cancelConfirmation}
        title={t('indicators.entry.confirmTitle')}
        confirmLabel={t('indicators.entry.confirm')}
        pending={mutation.isPending}
        onConfirm={() => unconfirmed && send({ ...unconfirmed, confirmed: true })}
        error={
          confirming &&
          mutation.isError &&
          !needsConfirmation(mutation.error) && (
            <ProblemAlert error={mutation.error} title={t('indicators.entry.failed')} />
          )
        }
      >
        {unconfirmed && (
          <Text>
            {t('indicators.entry.confirmText', {
              value: formatNumber(unconfirmed.value, i18n.language, 10),
              unit: indicator.unit,
              area: areaName(unconfirmed.areaId),
              period: formatPeriod(unconfirmed.period, i18n.language),
            })}
          </Text>
        )}
      </ConfirmModal>
    </Paper>
  );
}
