import { Button, Checkbox, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocusAreaView } from '../../../api/types';
import { SaveError } from '../../../components/save-error';
import { useServerFieldErrors } from '../../../lib/field-errors';
import { usePartnershipContext } from '../../../lib/partnership-context';
import { useCreateFocusArea, useUpdateFocusArea } from './use-focus-area-mutations';

const MAX_TITLE = 300;
const MAX_DESCRIPTION = 5000;

interface FocusAreaFormProps {
  partnershipId: string;
  /** The focus area to change, as it was when the user chose to edit it; null to add one. */
  area: FocusAreaView | null;
  onClose: () => void;
}

interface FocusAreaModalProps extends FocusAreaFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts from the focus area as it is then. */
  session: number;
}

/** Adds a focus area, or changes one against the version the user started from. */
export function FocusAreaModal({ opened, session, ...form }: FocusAreaModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={form.area ? t('focusAreas.editTitle') : t('focusAreas.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <FocusAreaForm key={session} {...form} />
    </Modal>
  );
}

function FocusAreaForm({ partnershipId, area, onClose }: FocusAreaFormProps) {
  const { t } = useTranslation();
  const { reload } = usePartnershipContext();
  const create = useCreateFocusArea(partnershipId);
  const update = useUpdateFocusArea(partnershipId);
  const mutation = area ? update : create;
  const [base, setBase] = useState(area);
  const [title, setTitle] = useState(area?.title ?? '');
  const [description, setDescription] = useState(area?.description ?? '');
  const [retired, setRetired] = useState(area?.retired ?? false);
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(mutation.error);

  const titleInvalid = title.trim().length === 0 || title.length > MAX_TITLE;
  const descriptionInvalid = description.length > MAX_DESCRIPTION;
  const titleMessage = t('focusAreas.titleInvalid');
  const descriptionMessage = t('form.tooLong', { max: MAX_DESCRIPTION });
  const fieldLabel = (field: string) =>
    ({ title: t('focusAreas.titleLabel'), description: t('focusAreas.descriptionLabel') })[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (titleInvalid || descriptionInvalid) return;
    const input = { title, description, retired };
    if (base) {
      update.mutate({ id: base.id, version: base.version, input }, { onSuccess: onClose });
    } else {
      create.mutate(input, { onSuccess: onClose });
    }
  };

  const reloadNewest = async () => {
    setReloading(true);
    const fresh = (await reload())?.focusAreas.find((candidate) => candidate.id === base?.id);
    setReloading(false);
    if (!fresh) return;
    setBase(fresh);
    setTitle(fresh.title);
    setDescription(fresh.description ?? '');
    setRetired(fresh.retired);
    setChecked(false);
    mutation.reset();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('focusAreas.titleLabel')}
          required
          data-autofocus
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={checked && titleInvalid ? titleMessage : server.errorFor('title', titleMessage)}
        />
        <Textarea
          label={t('focusAreas.descriptionLabel')}
          description={t('form.noPersonalData')}
          autosize
          minRows={4}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={
            checked && descriptionInvalid
              ? descriptionMessage
              : server.errorFor('description', descriptionMessage)
          }
        />
        {area && (
          <Checkbox
            label={t('focusAreas.retired')}
            description={t('focusAreas.retiredHelp')}
            checked={retired}
            onChange={(event) => setRetired(event.currentTarget.checked)}
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
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
