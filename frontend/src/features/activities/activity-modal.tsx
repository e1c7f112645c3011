import {
  Box,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  ScrollArea,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipView } from '../../api/types';
import { LoadingState } from '../../components/loading-state';
import { OrganisationSelect } from '../../components/organisation-select';
import { ProblemAlert } from '../../components/problem-alert';
import { SaveError } from '../../components/save-error';
import { useServerFieldErrors } from '../../lib/field-errors';
import { focusAreaChoices } from '../../lib/choices';
import { useAllGoals, useAllIndicators } from '../../lib/lookups';
import {
  ACTIVITY_LIMITS,
  activityDraftOf,
  activityInputOf,
  EMPTY_ACTIVITY,
  invalidActivityFields,
  type ActivityDraft,
  type ActivityField,
} from './activity-draft';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, type ActivityView } from './types';
import { useCreateActivity, useFreshActivity, useUpdateActivity } from './use-activities';

interface ActivityFormProps {
  partnership: PartnershipView;
  /** The activity to change, as it was when the user chose to; null to add one. */
  activity: ActivityView | null;
  /** The tracks already in use, offered as suggestions so activities land in the same table. */
  tracks: readonly string[];
  onClose: () => void;
  /** Hears the activity as the API stored it. */
  onSaved?: (activity: ActivityView) => void;
}

interface ActivityModalProps extends ActivityFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts from the activity as it is then. */
  session: number;
}

/** Adds an activity, or changes one against the version the user started from. */
export function ActivityModal({ opened, session, ...form }: ActivityModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={form.activity ? t('activities.form.editTitle') : t('activities.form.createTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <ActivityForm key={session} {...form} />
    </Modal>
  );
}

interface Choice {
  value: string;
  label: string;
}

interface ChoiceListProps {
  label: string;
  description: string;
  options: Choice[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}

function ChoiceList({ label, description, options, value, onChange, error }: ChoiceListProps) {
  return (
    <Checkbox.Group
      label={label}
      description={description}
      value={value}
      onChange={onChange}
      error={error}
    >
      <ScrollArea.Autosize mah="12rem" type="auto" offsetScrollbars mt="xs">
        <Stack gap="xs" py={2}>
          {options.map((option) => (
            <Checkbox key={option.value} value={option.value} label={option.label} />
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Checkbox.Group>
  );
}

/** A list to choose from once it is read: loading, failed, empty or the list itself. */
function Loaded<T>({
  query,
  loading,
  failed,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data?: T; refetch: () => unknown };
  loading: string;
  failed: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <LoadingState label={loading} />;
  if (query.isError || query.data === undefined) {
    return <ProblemAlert error={query.error} title={failed} onRetry={() => void query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}

function ActivityForm({ partnership, activity, tracks, onClose, onSaved }: ActivityFormProps) {
  const { t } = useTranslation();
  const goals = useAllGoals(partnership.id);
  const indicators = useAllIndicators(partnership.id);
  const create = useCreateActivity(partnership.id);
  const update = useUpdateActivity(partnership.id);
  const freshActivity = useFreshActivity(partnership.id);
  const mutation = activity ? update : create;
  const [base, setBase] = useState(activity);
  const [draft, setDraft] = useState<ActivityDraft>(() =>
    activity ? activityDraftOf(activity) : EMPTY_ACTIVITY,
  );
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);
  const tracksId = useId();
  const invalid = checked ? invalidActivityFields(draft) : new Set<ActivityField>();

  const tooLong = (max: number) => t('form.tooLong', { max });
  const messages: Record<ActivityField, string> = {
    title: t('activities.form.titleInvalid', { max: ACTIVITY_LIMITS.title }),
    description: tooLong(ACTIVITY_LIMITS.description),
    kind: t('activities.form.choiceInvalid'),
    track: tooLong(ACTIVITY_LIMITS.track),
    focusAreaId: t('activities.form.focusAreaInvalid'),
    targetGroup: tooLong(ACTIVITY_LIMITS.targetGroup),
    responsible: tooLong(ACTIVITY_LIMITS.responsible),
    responsibleOrganisationId: t('activities.form.organisationInvalid'),
    intendedOutcome: tooLong(ACTIVITY_LIMITS.intendedOutcome),
    specialFocus: t('activities.form.choiceInvalid'),
    startsOn: t('activities.form.dateInvalid'),
    endsOn:
      draft.startsOn && draft.endsOn && draft.endsOn < draft.startsOn
        ? t('activities.form.endsBeforeStart')
        : t('activities.form.dateInvalid'),
    status: t('activities.form.choiceInvalid'),
    goalIds: t('activities.form.goalsInvalid', { max: ACTIVITY_LIMITS.goals }),
    indicatorIds: t('activities.form.indicatorsInvalid', { max: ACTIVITY_LIMITS.indicators }),
  };
  const errorFor = (field: ActivityField) =>
    invalid.has(field) ? messages[field] : server.errorFor(field, messages[field]);
  const labels: Record<ActivityField, string> = {
    title: t('activities.form.title'),
    description: t('activities.form.description'),
    kind: t('activities.form.kind'),
    track: t('activities.form.track'),
    focusAreaId: t('activities.form.focusArea'),
    targetGroup: t('activities.form.targetGroup'),
    responsible: t('activities.form.responsible'),
    responsibleOrganisationId: t('activities.form.responsibleOrganisation'),
    intendedOutcome: t('activities.form.intendedOutcome'),
    specialFocus: t('activities.form.specialFocus'),
    startsOn: t('activities.form.startsOn'),
    endsOn: t('activities.form.endsOn'),
    status: t('activities.form.status'),
    goalIds: t('activities.form.goals'),
    indicatorIds: t('activities.form.indicators'),
  };
  const fieldLabel = (field: string) => labels[field as ActivityField];

  const set = <K extends ActivityField>(key: K, value: ActivityDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const textProps = (field: ActivityField & keyof typeof ACTIVITY_LIMITS) => ({
    label: labels[field],
    value: draft[field] as string,
    onChange: (event: { currentTarget: { value: string } }) =>
      set(field, event.currentTarget.value),
    error: errorFor(field),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (invalidActivityFields(draft).size > 0) return;
    const input = activityInputOf(draft);
    const saved = (view: ActivityView) => {
      onSaved?.(view);
      onClose();
    };
    if (base) update.mutate({ id: base.id, version: base.version, input }, { onSuccess: saved });
    else create.mutate(input, { onSuccess: saved });
  };

  const reloadNewest = async () => {
    if (!base) return;
    setReloading(true);
    const fresh = await freshActivity(base.id);
    setReloading(false);
    if (!fresh) return;
    setBase(fresh);
    setDraft(activityDraftOf(fresh));
    setChecked(false);
    mutation.reset();
  };

  const goalOptions = (list: { id: string; title: string }[]): Choice[] => {
    const options = list.map((goal) => ({ value: goal.id, label: goal.title }));
    // A goal deleted since keeps its place until it is unticked.
    for (const goal of base?.goals ?? []) {
      if (!options.some((option) => option.value === goal.id)) {
        options.push({ value: goal.id, label: goal.name });
      }
    }
    return options;
  };
  const indicatorOptions = (list: { id: string; code: string; name: string }[]): Choice[] => {
    const options = list.map((indicator) => ({
      value: indicator.id,
      label: t('activities.form.indicatorName', { code: indicator.code, name: indicator.name }),
    }));
    for (const indicator of base?.indicators ?? []) {
      if (!options.some((option) => option.value === indicator.id)) {
        options.push({ value: indicator.id, label: indicator.name });
      }
    }
    return options;
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('form.noPersonalData')}</Text>
        <TextInput {...textProps('title')} required data-autofocus />
        <Group grow align="flex-start">
          <NativeSelect
            label={labels.kind}
            value={draft.kind}
            onChange={(event) => set('kind', event.currentTarget.value as ActivityDraft['kind'])}
            data={ACTIVITY_KINDS.map((kind) => ({
              value: kind,
              label: t(`activities.kind.${kind}`),
            }))}
            error={errorFor('kind')}
          />
          <NativeSelect
            label={labels.status}
            value={draft.status}
            onChange={(event) =>
              set('status', event.currentTarget.value as ActivityDraft['status'])
            }
            data={ACTIVITY_STATUSES.map((status) => ({
              value: status,
              label: t(`activities.status.${status}`),
            }))}
            error={errorFor('status')}
          />
        </Group>
        <TextInput
          {...textProps('track')}
          description={t('activities.form.trackHelp')}
          list={tracksId}
          autoComplete="off"
        />
        <datalist id={tracksId}>
          {tracks.map((track) => (
            <option key={track} value={track} />
          ))}
        </datalist>
        <Textarea
          {...textProps('description')}
          description={t('activities.form.descriptionHelp')}
          autosize
          minRows={3}
        />
        <Group grow align="flex-start">
          <TextInput
            {...textProps('responsible')}
            description={t('activities.form.responsibleHelp')}
          />
          <OrganisationSelect
            offer="parties"
            label={labels.responsibleOrganisationId}
            description={t('activities.form.responsibleOrganisationHelp')}
            value={draft.responsibleOrganisationId}
            onChange={(id) => set('responsibleOrganisationId', id)}
            parties={partnership.parties.map((party) => party.organisation)}
            current={base?.responsibleOrganisation}
            labels={{
              none: t('activities.form.noOrganisation'),
              parties: t('activities.form.partiesGroup'),
              others: t('activities.form.othersGroup'),
              loading: t('activities.form.organisationsLoading'),
              failed: t('activities.form.organisationsFailed'),
            }}
            error={errorFor('responsibleOrganisationId')}
          />
        </Group>
        <Textarea
          {...textProps('targetGroup')}
          description={t('activities.form.targetGroupHelp')}
          autosize
          minRows={1}
        />
        <Textarea
          {...textProps('intendedOutcome')}
          description={t('activities.form.intendedOutcomeHelp')}
          autosize
          minRows={2}
        />
        <Checkbox
          label={labels.specialFocus}
          description={t('activities.form.specialFocusHelp')}
          checked={draft.specialFocus}
          onChange={(event) => set('specialFocus', event.currentTarget.checked)}
          error={errorFor('specialFocus')}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={labels.startsOn}
            value={draft.startsOn}
            onChange={(event) => set('startsOn', event.currentTarget.value)}
            error={errorFor('startsOn')}
          />
          <TextInput
            type="date"
            label={labels.endsOn}
            value={draft.endsOn}
            onChange={(event) => set('endsOn', event.currentTarget.value)}
            error={errorFor('endsOn')}
          />
        </Group>
        <NativeSelect
          label={labels.focusAreaId}
          value={draft.focusAreaId}
          onChange={(event) => set('focusAreaId', event.currentTarget.value)}
          data={focusAreaChoices(partnership.focusAreas, base?.focusArea?.id ?? '', {
            none: t('activities.form.noFocusArea'),
            name: (area) =>
              t('activities.focusAreaName', { number: area.number, title: area.title }),
            retired: (name) => t('activities.form.retired', { name }),
          })}
          error={errorFor('focusAreaId')}
        />
        <Loaded
          query={goals}
          loading={t('activities.form.goalsLoading')}
          failed={t('activities.form.goalsFailed')}
        >
          {(list) =>
            goalOptions(list).length === 0 ? (
              <Box>
                <Text size="sm" fw={500}>
                  {labels.goalIds}
                </Text>
                <Text size="sm">{t('activities.form.noGoals')}</Text>
              </Box>
            ) : (
              <ChoiceList
                label={labels.goalIds}
                description={t('activities.form.goalsHelp', { count: draft.goalIds.length })}
                options={goalOptions(list)}
                value={draft.goalIds}
                onChange={(value) => set('goalIds', value)}
                error={errorFor('goalIds')}
              />
            )
          }
        </Loaded>
        <Loaded
          query={indicators}
          loading={t('activities.form.indicatorsLoading')}
          failed={t('activities.form.indicatorsFailed')}
        >
          {(list) =>
            indicatorOptions(list).length === 0 ? (
              <Box>
                <Text size="sm" fw={500}>
                  {labels.indicatorIds}
                </Text>
                <Text size="sm">{t('activities.form.noIndicators')}</Text>
              </Box>
            ) : (
              <ChoiceList
                label={labels.indicatorIds}
                description={t('activities.form.indicatorsHelp', {
                  count: draft.indicatorIds.length,
                })}
                options={indicatorOptions(list)}
                value={draft.indicatorIds}
                onChange={(value) => set('indicatorIds', value)}
                error={errorFor('indicatorIds')}
              />
            )
          }
        </Loaded>
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
            {activity ? t('common.save') : t('activities.form.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
