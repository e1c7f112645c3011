import {
  Anchor,
  Button,
  Group,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LoadingState } from '../../../components/loading-state';
import { RichTextEditor } from '../../../components/rich-text-editor';
import { SaveError } from '../../../components/save-error';
import { useServerFieldErrors } from '../../../lib/field-errors';
import { useMe } from '../../../lib/use-me';
import { usePageTitle } from '../../../lib/use-page-title';
import { usePartnershipContext } from '../../../lib/partnership-context';
import { useUpdatePartnership } from '../use-partnership-mutations';
import {
  draftOf,
  inputOf,
  invalidFields,
  LIMITS,
  type PartnershipDraft,
} from './partnership-draft';
import { TextListField } from '../../../components/text-list-field';

const FIELD_IDS: Record<string, string> = {
  name: 'partnership-name',
  description: 'partnership-description',
  purposes: 'partnership-purposes-add',
  principles: 'partnership-principles-add',
  rulesOfProcedure: 'partnership-rules',
  economyNotes: 'partnership-economy',
  minMeetingsPerYear: 'partnership-min-meetings',
};

/** The id of the input for a field as the API names it (`purposes[2]` → `partnership-purposes-2`). */
function inputIdOf(field: string): string | undefined {
  const item = /^(purposes|principles)\[(\d+)\]$/.exec(field);
  return item ? `partnership-${item[1]}-${item[2]}` : FIELD_IDS[field];
}

/** Field order on the form, to focus the first rejected one. */
function formOrder(field: string): number {
  const order = Object.keys(FIELD_IDS);
  const root = field.replace(/\[\d+\]$/, '');
  const index = /\[(\d+)\]$/.exec(field)?.[1];
  return order.indexOf(root) * 1000 + (index === undefined ? 999 : Number(index));
}

export function PartnershipEditPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { partnership, canEdit } = usePartnershipContext();
  usePageTitle(t('partnershipEdit.pageTitle', { name: partnership.name }));

  if (!canEdit) {
    if (me.isPending) return <LoadingState label={t('common.loading')} />;
    return (
      <Stack gap="sm" align="flex-start">
        <Title order={2}>{t('partnershipEdit.title')}</Title>
        <Text>{t('partnershipEdit.forbidden')}</Text>
        <Anchor component={Link} to="..">
          {t('partnershipEdit.back')}
        </Anchor>
      </Stack>
    );
  }
  return <PartnershipEditForm />;
}

/** The agreement's own fields, saved against the version the form was filled from. */
function PartnershipEditForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { partnership, reload } = usePartnershipContext();
  const mutation = useUpdatePartnership(partnership.id);
  const [draft, setDraft] = useState<PartnershipDraft>(() => draftOf(partnership));
  const [baseVersion, setBaseVersion] = useState(partnership.version);
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const focusFirstError = useRef(false);
  const server = useServerFieldErrors(mutation.error);
  const invalid = checked ? invalidFields(draft) : new Set<string>();

  const messages: Record<string, string> = {
    name: t('partnershipEdit.nameInvalid'),
    description: t('form.tooLong', { max: LIMITS.description }),
    purposes: t('partnershipEdit.tooMany'),
    purpose: t('partnershipEdit.purposeInvalid'),
    principles: t('partnershipEdit.tooMany'),
    principle: t('partnershipEdit.principleInvalid'),
    rulesOfProcedure: t('form.tooLong', { max: LIMITS.rulesOfProcedure }),
    economyNotes: t('form.tooLong', { max: LIMITS.economyNotes }),
    minMeetingsPerYear: t('partnershipEdit.minMeetingsInvalid'),
  };
  const errorFor = (field: string, message: string) =>
    invalid.has(field) ? message : server.errorFor(field, message);

  const fieldLabel = (field: string): string | undefined => {
    const item = /^(purposes|principles)\[(\d+)\]$/.exec(field);
    if (item) {
      const number = Number(item[2]) + 1;
      return item[1] === 'purposes'
        ? t('partnershipEdit.purpose', { number })
        : t('partnershipEdit.principle', { number });
    }
    const labels: Record<string, string> = {
      name: t('partnershipEdit.name'),
      description: t('partnershipEdit.description'),
      purposes: t('partnership.purposes'),
      principles: t('partnership.principles'),
      rulesOfProcedure: t('partnership.rulesOfProcedure'),
      economyNotes: t('partnership.economy'),
      minMeetingsPerYear: t('partnershipEdit.minMeetings'),
    };
    return labels[field];
  };

  // After a rejected save, take the user to the first field to correct.
  useEffect(() => {
    if (!focusFirstError.current) return;
    const fields = [...(invalid.size > 0 ? invalid : server.rejected.keys())];
    if (fields.length === 0) return;
    focusFirstError.current = false;
    const first = fields.sort((a, b) => formOrder(a) - formOrder(b))[0];
    const id = inputIdOf(first);
    if (id) document.getElementById(id)?.focus();
  });

  const set = <K extends keyof PartnershipDraft>(key: K, value: PartnershipDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    focusFirstError.current = true;
    if (invalidFields(draft).size > 0) return;
    mutation.mutate(
      { version: baseVersion, input: inputOf(draft) },
      { onSuccess: () => void navigate('..', { state: { saved: true } }) },
    );
  };

  const reloadNewest = async () => {
    setReloading(true);
    const fresh = await reload();
    setReloading(false);
    if (!fresh) return;
    setDraft(draftOf(fresh));
    setBaseVersion(fresh.version);
    setChecked(false);
    mutation.reset();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw="48rem">
        <Stack gap="xs">
          <Title order={2}>{t('partnershipEdit.title')}</Title>
          <Text size="sm">{t('form.noPersonalData')}</Text>
        </Stack>
        {mutation.isError && (
          <SaveError
            error={mutation.error}
            onReload={() => void reloadNewest()}
            reloading={reloading}
            fieldLabel={fieldLabel}
          />
        )}
        <TextInput
          id={FIELD_IDS.name}
          label={t('partnershipEdit.name')}
          required
          value={draft.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={errorFor('name', messages.name)}
        />
        <Textarea
          id={FIELD_IDS.description}
          label={t('partnershipEdit.description')}
          autosize
          minRows={3}
          value={draft.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={errorFor('description', messages.description)}
        />
        <TextListField
          id="partnership-purposes"
          legend={t('partnership.purposes')}
          values={draft.purposes}
          onChange={(values) => set('purposes', values)}
          itemLabel={(number) => t('partnershipEdit.purpose', { number })}
          removeLabel={(number) => t('partnershipEdit.removePurpose', { number })}
          removeText={t('partnershipEdit.remove')}
          addLabel={t('partnershipEdit.addPurpose')}
          errorFor={(index) => errorFor(`purposes[${index}]`, messages.purpose)}
          listError={errorFor('purposes', messages.purposes)}
          maxItems={LIMITS.listItems}
          multiline
        />
        <TextListField
          id="partnership-principles"
          legend={t('partnership.principles')}
          values={draft.principles}
          onChange={(values) => set('principles', values)}
          itemLabel={(number) => t('partnershipEdit.principle', { number })}
          removeLabel={(number) => t('partnershipEdit.removePrinciple', { number })}
          removeText={t('partnershipEdit.remove')}
          addLabel={t('partnershipEdit.addPrinciple')}
          errorFor={(index) => errorFor(`principles[${index}]`, messages.principle)}
          listError={errorFor('principles', messages.principles)}
          maxItems={LIMITS.listItems}
        />
        <RichTextEditor
          id={FIELD_IDS.rulesOfProcedure}
          label={t('partnership.rulesOfProcedure')}
          minRows={6}
          value={draft.rulesOfProcedure}
          onChange={(value) => set('rulesOfProcedure', value)}
          error={errorFor('rulesOfProcedure', messages.rulesOfProcedure)}
        />
        <Textarea
          id={FIELD_IDS.economyNotes}
          label={t('partnership.economy')}
          autosize
          minRows={3}
          value={draft.economyNotes}
          onChange={(event) => set('economyNotes', event.currentTarget.value)}
          error={errorFor('economyNotes', messages.economyNotes)}
        />
        <NumberInput
          id={FIELD_IDS.minMeetingsPerYear}
          label={t('partnershipEdit.minMeetings')}
          description={t('partnershipEdit.minMeetingsHelp')}
          required
          min={LIMITS.minMeetings}
          max={LIMITS.maxMeetings}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          maw="12rem"
          value={draft.minMeetingsPerYear}
          onChange={(value) => set('minMeetingsPerYear', value)}
          error={errorFor('minMeetingsPerYear', messages.minMeetingsPerYear)}
        />
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            {t('partnershipEdit.save')}
          </Button>
          <Button component={Link} to=".." variant="default">
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
