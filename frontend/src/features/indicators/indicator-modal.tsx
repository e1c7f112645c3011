import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationSelect } from '../../components/organisation-select';
import { SaveError } from '../../components/save-error';
import { useServerFieldErrors } from '../../lib/field-errors';
import { usePartnershipContext } from '../../lib/partnership-context';
import { TextListField } from '../../components/text-list-field';
import { useDecimalInput } from './decimal-input';
import {
  checkIndicator,
  EMPTY_INDICATOR,
  INDICATOR_LIMITS,
  indicatorDraftOf,
  indicatorInputOf,
  isValid,
  type AreaProblem,
  type IndicatorDraft,
  type IndicatorField,
  type IndicatorProblem,
} from './indicator-draft';
import { AGGREGATIONS, FREQUENCIES, type IndicatorView } from './types';
import { useCreateIndicator, useUpdateIndicator } from './use-indicators';

interface IndicatorFormProps {
  partnershipId: string;
  /** The indicator to change, as it was when the user chose to; null to define a new one. */
  indicator: IndicatorView | null;
  /** Reads the indicator again; resolves to its newest version, if it could be read. */
  reload?: () => Promise<IndicatorView | undefined>;
  onClose: () => void;
  /** Hears the indicator as the API stored it. */
  onSaved?: (indicator: IndicatorView) => void;
}

interface IndicatorModalProps extends IndicatorFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts from the indicator as it is then. */
  session: number;
}

const AREAS_ID = 'indicator-areas';

/** Defines an indicator, or changes one against the version the user started from. */
export function IndicatorModal({ opened, session, ...form }: IndicatorModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={form.indicator ? t('indicators.form.editTitle') : t('indicators.create')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <IndicatorForm key={session} {...form} />
    </Modal>
  );
}

function IndicatorForm({ partnershipId, indicator, reload, onClose, onSaved }: IndicatorFormProps) {
  const { t } = useTranslation();
  const { partnership } = usePartnershipContext();
  const create = useCreateIndicator(partnershipId);
  const update = useUpdateIndicator(partnershipId, indicator?.id ?? '');
  const mutation = indicator ? update : create;
  const [base, setBase] = useState(indicator);
  const [draft, setDraft] = useState<IndicatorDraft>(() =>
    indicator ? indicatorDraftOf(indicator) : EMPTY_INDICATOR,
  );
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);
  const decimal = useDecimalInput();
  const check = checkIndicator(draft);

  const frequencyName = t(`indicators.frequency.${draft.frequency}`);
  const periodInvalid = t(`indicators.form.periodInvalid.${draft.frequency}`);
  const problemText = (problem: IndicatorProblem, field: IndicatorField): string =>
    ({
      codeInvalid: t('indicators.form.codeInvalid', { max: INDICATOR_LIMITS.code }),
      nameInvalid: t('indicators.form.nameInvalid', { max: INDICATOR_LIMITS.name }),
      tooLong: t('form.tooLong', {
        max: field === 'description' ? INDICATOR_LIMITS.description : INDICATOR_LIMITS.dataSource,
      }),
      unitInvalid: t('indicators.form.unitInvalid', { max: INDICATOR_LIMITS.unit }),
      directionMissing: t('indicators.form.directionMissing'),
      numberInvalid: t('indicators.form.numberInvalid'),
      negativeNotAllowed: t('indicators.form.negativeNotAllowed'),
      periodInvalid,
      baselineValueMissing: t('indicators.form.baselineValueMissing'),
      baselinePeriodMissing: t('indicators.form.baselinePeriodMissing'),
      targetValueMissing: t('indicators.form.targetValueMissing'),
      targetPeriodMissing: t('indicators.form.targetPeriodMissing'),
      targetNotAfterBaseline: t('indicators.form.targetNotAfterBaseline'),
    })[problem];
  // The server's verdicts, where its reason can be told from the field alone.
  const serverMessages: Record<IndicatorField, string> = {
    code: t('indicators.form.codeRejected'),
    name: t('indicators.form.nameInvalid', { max: INDICATOR_LIMITS.name }),
    description: t('form.tooLong', { max: INDICATOR_LIMITS.description }),
    unit: t('indicators.form.unitInvalid', { max: INDICATOR_LIMITS.unit }),
    upIsGood: t('indicators.form.directionMissing'),
    frequency: t('indicators.form.frequencyRejected'),
    aggregation: t('indicators.form.aggregationRejected'),
    allowNegative: t('indicators.form.allowNegativeRejected'),
    baselineValue: t('indicators.form.baselineRejected'),
    baselinePeriod: periodInvalid,
    targetValue: t('indicators.form.targetRejected'),
    targetPeriod: t('indicators.form.targetPeriodRejected', { frequency: frequencyName }),
    dataSource: t('form.tooLong', { max: INDICATOR_LIMITS.dataSource }),
    ownerOrganisationId: t('indicators.form.ownerRejected'),
  };
  const errorFor = (field: IndicatorField): string | undefined => {
    const problem = check.fields[field];
    if (checked && problem) return problemText(problem, field);
    return server.errorFor(field, serverMessages[field]);
  };
  const areaText = (problem: AreaProblem): string =>
    ({
      areaBlank: t('indicators.form.areaBlank'),
      tooLong: t('form.tooLong', { max: INDICATOR_LIMITS.area }),
      areaDuplicate: t('indicators.form.areaDuplicate'),
    })[problem];
  const areaError = (index: number): string | undefined => {
    const problem = check.areas[index];
    if (checked && problem) return areaText(problem);
    return server.errorFor(`areas[${index}]`, t('indicators.form.areaRejected'));
  };
  const areasError =
    checked && check.tooManyAreas
      ? t('indicators.form.tooManyAreas', { max: INDICATOR_LIMITS.areas })
      : server.errorFor('areas', t('indicators.form.areasRejected'));

  const labels: Record<string, string> = {
    code: t('indicators.form.code'),
    name: t('indicators.form.name'),
    description: t('indicators.form.description'),
    unit: t('indicators.form.unit'),
    upIsGood: t('indicators.form.direction'),
    frequency: t('indicators.form.frequency'),
    aggregation: t('indicators.form.aggregation'),
    allowNegative: t('indicators.form.allowNegative'),
    baselineValue: t('indicators.form.baselineValue'),
    baselinePeriod: t('indicators.form.baselinePeriod'),
    targetValue: t('indicators.form.targetValue'),
    targetPeriod: t('indicators.form.targetPeriod'),
    dataSource: t('indicators.form.dataSource'),
    ownerOrganisationId: t('indicators.form.owner'),
    areas: t('indicators.form.areas'),
  };
  const fieldLabel = (field: string): string | undefined => {
    const item = /^areas\[(\d+)\]$/.exec(field);
    return item ? t('indicators.form.area', { number: Number(item[1]) + 1 }) : labels[field];
  };

  const set = <K extends keyof IndicatorDraft>(key: K, value: IndicatorDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!isValid(check)) return;
    const input = indicatorInputOf(draft);
    const saved = (view: IndicatorView) => {
      onSaved?.(view);
      onClose();
    };
    if (base) {
      update.mutate({ version: base.version, input }, { onSuccess: saved });
    } else {
      create.mutate(input, { onSuccess: saved });
    }
  };

  const reloadNewest = async () => {
    if (!reload) return;
    setReloading(true);
    const fresh = await reload();
    setReloading(false);
    if (!fresh) return;
    setBase(fresh);
    setDraft(indicatorDraftOf(fresh));
    setChecked(false);
    mutation.reset();
  };

  const periodProps = {
    placeholder: t(`indicators.periodPlaceholder.${draft.frequency}`),
    description: t(`indicators.periodHelp.${draft.frequency}`),
    autoComplete: 'off',
    maw: '14rem',
  };
  const valueProps = {
    ...decimal,
    allowNegative: draft.allowNegative,
    hideControls: true,
    maw: '14rem',
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('form.noPersonalData')}</Text>
        <Group grow align="flex-start">
          <TextInput
            label={labels.code}
            description={t('indicators.form.codeHelp')}
            required
            data-autofocus
            value={draft.code}
            onChange={(event) => set('code', event.currentTarget.value)}
            error={errorFor('code')}
          />
          <TextInput
            label={labels.unit}
            description={t('indicators.form.unitHelp')}
            required
            value={draft.unit}
            onChange={(event) => set('unit', event.currentTarget.value)}
            error={errorFor('unit')}
          />
        </Group>
        <TextInput
          label={labels.name}
          required
          value={draft.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={errorFor('name')}
        />
        <Textarea
          label={labels.description}
          autosize
          minRows={2}
          value={draft.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={errorFor('description')}
        />
        <Radio.Group
          label={labels.upIsGood}
          required
          value={draft.upIsGood}
          onChange={(value) => set('upIsGood', value as IndicatorDraft['upIsGood'])}
          error={errorFor('upIsGood')}
        >
          <Group gap="lg" mt={4}>
            <Radio value="false" label={t('indicators.direction.down')} />
            <Radio value="true" label={t('indicators.direction.up')} />
          </Group>
        </Radio.Group>
        <Group grow align="flex-start">
          <NativeSelect
            label={labels.frequency}
            description={t('indicators.form.frequencyHelp')}
            required
            value={draft.frequency}
            onChange={(event) =>
              set('frequency', event.currentTarget.value as IndicatorDraft['frequency'])
            }
            data={FREQUENCIES.map((frequency) => ({
              value: frequency,
              label: t(`indicators.frequency.${frequency}`),
            }))}
            error={errorFor('frequency')}
          />
          <NativeSelect
            label={labels.aggregation}
            description={t(`indicators.aggregationHelp.${draft.aggregation}`)}
            required
            value={draft.aggregation}
            onChange={(event) =>
              set('aggregation', event.currentTarget.value as IndicatorDraft['aggregation'])
            }
            data={AGGREGATIONS.map((aggregation) => ({
              value: aggregation,
              label: t(`indicators.aggregation.${aggregation}`),
            }))}
            error={errorFor('aggregation')}
          />
        </Group>
        <Checkbox
          label={labels.allowNegative}
          description={t('indicators.form.allowNegativeHelp')}
          checked={draft.allowNegative}
          onChange={(event) => set('allowNegative', event.currentTarget.checked)}
          error={errorFor('allowNegative')}
        />
        <Fieldset legend={t('indicators.form.baseline')} variant="unstyled">
          <Text size="sm" mb="xs">
            {t('indicators.form.baselineHelp')}
          </Text>
          <Group align="flex-start" gap="md">
            <NumberInput
              label={labels.baselineValue}
              value={draft.baselineValue}
              onChange={(value) => set('baselineValue', value)}
              error={errorFor('baselineValue')}
              {...valueProps}
            />
            <TextInput
              label={labels.baselinePeriod}
              value={draft.baselinePeriod}
              onChange={(event) => set('baselinePeriod', event.currentTarget.value)}
              error={errorFor('baselinePeriod')}
              {...periodProps}
            />
          </Group>
        </Fieldset>
        <Fieldset legend={t('indicators.form.target')} variant="unstyled">
          <Text size="sm" mb="xs">
            {t('indicators.form.targetHelp')}
          </Text>
          <Group align="flex-start" gap="md">
            <NumberInput
              label={labels.targetValue}
              value={draft.targetValue}
              onChange={(value) => set('targetValue', value)}
              error={errorFor('targetValue')}
              {...valueProps}
            />
            <TextInput
              label={labels.targetPeriod}
              value={draft.targetPeriod}
              onChange={(event) => set('targetPeriod', event.currentTarget.value)}
              error={errorFor('targetPeriod')}
              {...periodProps}
            />
          </Group>
        </Fieldset>
        <TextInput
          label={labels.dataSource}
          description={t('indicators.form.dataSourceHelp')}
          value={draft.dataSource}
          onChange={(event) => set('dataSource', event.currentTarget.value)}
          error={errorFor('dataSource')}
        />
        <OrganisationSelect
          offer="parties"
          label={labels.ownerOrganisationId}
          description={t('indicators.form.ownerHelp')}
          value={draft.ownerOrganisationId}
          onChange={(id) => set('ownerOrganisationId', id)}
          parties={partnership.parties.map((party) => party.organisation)}
          current={base?.ownerOrganisation}
          keep="current"
          labels={{
            none: t('indicators.form.noOwner'),
            parties: t('indicators.form.partiesGroup'),
            others: t('indicators.form.othersGroup'),
            loading: t('indicators.form.organisationsLoading'),
            failed: t('indicators.form.organisationsFailed'),
          }}
          error={errorFor('ownerOrganisationId')}
        />
        <Stack gap={4}>
          <TextListField
            id={AREAS_ID}
            legend={labels.areas}
            values={draft.areas}
            onChange={(areas) => set('areas', areas)}
            itemLabel={(number) => t('indicators.form.area', { number })}
            removeLabel={(number) => t('indicators.form.removeArea', { number })}
            removeText={t('indicators.form.remove')}
            addLabel={t('indicators.form.addArea')}
            errorFor={areaError}
            listError={areasError}
            maxItems={INDICATOR_LIMITS.areas}
          />
          <Text size="sm">{t('indicators.form.areasHelp')}</Text>
        </Stack>
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
            {indicator ? t('common.save') : t('indicators.form.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
