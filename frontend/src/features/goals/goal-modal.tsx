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
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipView } from '../../api/types';
import { LoadingState } from '../../components/loading-state';
import { OrganisationSelect } from '../../components/organisation-select';
import { ProblemAlert } from '../../components/problem-alert';
import { SaveError } from '../../components/save-error';
import { useServerFieldErrors } from '../../lib/field-errors';
import { focusAreaChoices } from '../../lib/choices';
import { useAllIndicators, useAllWorkingGroups } from '../../lib/lookups';
import {
  EMPTY_GOAL,
  GOAL_LIMITS,
  goalDraftOf,
  goalInputOf,
  invalidGoalFields,
  type GoalDraft,
  type GoalField,
} from './goal-draft';
import { GOAL_STATUSES, type GoalView } from './types';
import { useCreateGoal, useFreshGoal, useUpdateGoal } from './use-goals';

interface GoalFormProps {
  partnership: PartnershipView;
  /** The goal to change, as it was when the user chose to; null to set a new one. */
  goal: GoalView | null;
  /** For a new goal: what it starts out belonging to, e.g. the working group it is set for. */
  preset?: Partial<Pick<GoalDraft, 'workingGroupId' | 'focusAreaId'>>;
  onClose: () => void;
  /** Hears the goal as the API stored it. */
  onSaved?: (goal: GoalView) => void;
}

interface GoalModalProps extends GoalFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts from the goal as it is then. */
  session: number;
}

/** Sets a goal, or changes one against the version the user started from. */
export function GoalModal({ opened, session, ...form }: GoalModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={form.goal ? t('goals.form.editTitle') : t('goals.form.createTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <GoalForm key={session} {...form} />
    </Modal>
  );
}

function GoalForm({ partnership, goal, preset, onClose, onSaved }: GoalFormProps) {
  const { t } = useTranslation();
  const groups = useAllWorkingGroups(partnership.id);
  const indicators = useAllIndicators(partnership.id);
  const create = useCreateGoal(partnership.id);
  const update = useUpdateGoal(partnership.id);
  const freshGoal = useFreshGoal(partnership.id);
  const mutation = goal ? update : create;
  const [base, setBase] = useState(goal);
  const [draft, setDraft] = useState<GoalDraft>(() =>
    goal ? goalDraftOf(goal) : { ...EMPTY_GOAL, ...preset },
  );
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);
  const invalid = checked ? invalidGoalFields(draft) : new Set<GoalField>();

  const messages: Record<GoalField, string> = {
    title: t('goals.form.titleInvalid', { max: GOAL_LIMITS.title }),
    description: t('form.tooLong', { max: GOAL_LIMITS.description }),
    successCriterion: t('form.tooLong', { max: GOAL_LIMITS.successCriterion }),
    dueDate: t('goals.form.dueDateInvalid'),
    responsibleOrganisationId: t('goals.form.responsibleInvalid'),
    focusAreaId: t('goals.form.focusAreaInvalid'),
    workingGroupId: t('goals.form.workingGroupInvalid'),
    status: t('goals.form.statusInvalid'),
    indicatorIds: t('goals.form.indicatorsInvalid', { max: GOAL_LIMITS.indicators }),
  };
  const errorFor = (field: GoalField) =>
    invalid.has(field) ? messages[field] : server.errorFor(field, messages[field]);
  const fieldLabel = (field: string) =>
    ({
      title: t('goals.form.title'),
      description: t('goals.form.description'),
      successCriterion: t('goals.form.successCriterion'),
      dueDate: t('goals.form.dueDate'),
      responsibleOrganisationId: t('goals.form.responsible'),
      focusAreaId: t('goals.form.focusArea'),
      workingGroupId: t('goals.form.workingGroup'),
      status: t('goals.form.status'),
      indicatorIds: t('goals.form.indicators'),
    })[field];

  const set = <K extends GoalField>(key: K, value: GoalDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (invalidGoalFields(draft).size > 0) return;
    const input = goalInputOf(draft);
    const saved = (view: GoalView) => {
      onSaved?.(view);
      onClose();
    };
    if (base) update.mutate({ id: base.id, version: base.version, input }, { onSuccess: saved });
    else create.mutate(input, { onSuccess: saved });
  };

  const reloadNewest = async () => {
    if (!base) return;
    setReloading(true);
    const fresh = await freshGoal(base.id);
    setReloading(false);
    if (!fresh) return;
    setBase(fresh);
    setDraft(goalDraftOf(fresh));
    setChecked(false);
    mutation.reset();
  };

  // A closed group is not offered for a new goal, but a goal keeps the one it has.
  const groupOptions = (groups.data ?? [])
    .filter((group) => group.status === 'ACTIVE' || group.id === base?.workingGroup?.id)
    .map((group) => ({
      value: group.id,
      label:
        group.status === 'CLOSED'
          ? t('goals.form.workingGroupClosed', { name: group.name })
          : group.name,
    }));
  const current = base?.workingGroup;
  if (current && !groupOptions.some((option) => option.value === current.id)) {
    groupOptions.push({ value: current.id, label: current.name });
  }

  const indicatorOptions = (indicators.data ?? []).map((indicator) => ({
    value: indicator.id,
    label: t('goals.indicatorName', { code: indicator.code, name: indicator.name }),
  }));
  // An indicator deleted since keeps its place until it is unticked.
  for (const indicator of base?.indicators ?? []) {
    if (!indicatorOptions.some((option) => option.value === indicator.id)) {
      indicatorOptions.push({
        value: indicator.id,
        label: t('goals.indicatorName', { code: indicator.code, name: indicator.name }),
      });
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('form.noPersonalData')}</Text>
        <TextInput
          label={t('goals.form.title')}
          required
          data-autofocus
          value={draft.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errorFor('title')}
        />
        <Textarea
          label={t('goals.form.successCriterion')}
          description={t('goals.form.successCriterionHelp')}
          autosize
          minRows={2}
          value={draft.successCriterion}
          onChange={(event) => set('successCriterion', event.currentTarget.value)}
          error={errorFor('successCriterion')}
        />
        <Textarea
          label={t('goals.form.description')}
          autosize
          minRows={2}
          value={draft.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={errorFor('description')}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('goals.form.dueDate')}
            value={draft.dueDate}
            onChange={(event) => set('dueDate', event.currentTarget.value)}
            error={errorFor('dueDate')}
          />
          <NativeSelect
            label={t('goals.form.status')}
            value={draft.status}
            onChange={(event) => set('status', event.currentTarget.value as GoalDraft['status'])}
            data={GOAL_STATUSES.map((status) => ({
              value: status,
              label: t(`goals.status.${status}`),
            }))}
            error={errorFor('status')}
          />
        </Group>
        <Text size="sm">{t('goals.form.belongsHelp')}</Text>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('goals.form.focusArea')}
            value={draft.focusAreaId}
            onChange={(event) => set('focusAreaId', event.currentTarget.value)}
            data={focusAreaChoices(partnership.focusAreas, base?.focusArea?.id ?? '', {
              none: t('goals.form.noFocusArea'),
              name: (area) => t('goals.focusAreaName', { number: area.number, title: area.title }),
              retired: (name) => t('goals.form.retired', { name }),
            })}
            error={errorFor('focusAreaId')}
          />
          {groups.isPending ? (
            <LoadingState label={t('goals.form.workingGroupsLoading')} />
          ) : groups.isError ? (
            <ProblemAlert
              error={groups.error}
              title={t('goals.form.workingGroupsFailed')}
              onRetry={() => void groups.refetch()}
            />
          ) : (
            <NativeSelect
              label={t('goals.form.workingGroup')}
              value={draft.workingGroupId}
              onChange={(event) => set('workingGroupId', event.currentTarget.value)}
              data={[{ value: '', label: t('goals.form.noWorkingGroup') }, ...groupOptions]}
              error={errorFor('workingGroupId')}
            />
          )}
        </Group>
        <OrganisationSelect
          offer="parties"
          label={t('goals.form.responsible')}
          value={draft.responsibleOrganisationId}
          onChange={(id) => set('responsibleOrganisationId', id)}
          parties={partnership.parties.map((party) => party.organisation)}
          current={base?.responsibleOrganisation}
          labels={{
            none: t('goals.form.noResponsible'),
            parties: t('goals.form.partiesGroup'),
            others: t('goals.form.othersGroup'),
            loading: t('goals.form.organisationsLoading'),
            failed: t('goals.form.organisationsFailed'),
          }}
          error={errorFor('responsibleOrganisationId')}
        />
        {indicators.isPending ? (
          <LoadingState label={t('goals.form.indicatorsLoading')} />
        ) : indicators.isError ? (
          <ProblemAlert
            error={indicators.error}
            title={t('goals.form.indicatorsFailed')}
            onRetry={() => void indicators.refetch()}
          />
        ) : indicatorOptions.length === 0 ? (
          <Box>
            <Text size="sm" fw={500}>
              {t('goals.form.indicators')}
            </Text>
            <Text size="sm">{t('goals.form.noIndicatorsToChoose')}</Text>
          </Box>
        ) : (
          <Checkbox.Group
            label={t('goals.form.indicators')}
            description={t('goals.form.indicatorsHelp', { count: draft.indicatorIds.length })}
            value={draft.indicatorIds}
            onChange={(value) => set('indicatorIds', value)}
            error={errorFor('indicatorIds')}
          >
            <ScrollArea.Autosize mah="16rem" type="auto" offsetScrollbars mt="xs">
              <Stack gap="xs" py={2}>
                {indicatorOptions.map((option) => (
                  <Checkbox key={option.value} value={option.value} label={option.label} />
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Checkbox.Group>
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
            {goal ? t('common.save') : t('goals.form.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
