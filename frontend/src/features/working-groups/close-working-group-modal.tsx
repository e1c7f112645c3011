import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RichTextEditor } from '../../components/rich-text-editor';
import { SaveError } from '../../components/save-error';
import { useServerFieldErrors } from '../../lib/field-errors';
import { toPlainText } from '../../lib/rich-text';
import { toProblemError } from '../../lib/problem';
import type { WorkingGroupView } from './types';
import { useCloseWorkingGroup } from './use-working-groups';
import { WORKING_GROUP_LIMITS } from './working-group-draft';

interface CloseFormProps {
  /** The group as it was when the user chose to close it. */
  group: WorkingGroupView;
  /** Reads the group again; resolves to its newest version, if it could be read. */
  reload: () => Promise<WorkingGroupView | undefined>;
  onClose: () => void;
  onClosed?: (group: WorkingGroupView) => void;
}

interface CloseWorkingGroupModalProps extends CloseFormProps {
  opened: boolean;
  /** A new number for each opening, so the form starts empty. */
  session: number;
}

/** Closes a working group for good, with the closing report the partnership follows up on. */
export function CloseWorkingGroupModal({ opened, session, ...form }: CloseWorkingGroupModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={t('workingGroups.closeForm.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <CloseForm key={session} {...form} />
    </Modal>
  );
}

function reportProblem(report: string): 'missing' | 'tooLong' | null {
  if (toPlainText(report).trim() === '') return 'missing';
  if (report.length > WORKING_GROUP_LIMITS.closingReport) return 'tooLong';
  return null;
}

function CloseForm({ group, reload, onClose, onClosed }: CloseFormProps) {
  const { t } = useTranslation();
  const close = useCloseWorkingGroup(group.partnershipId, group.id);
  const [version, setVersion] = useState(group.version);
  const [report, setReport] = useState('');
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const server = useServerFieldErrors(close.error);
  const problem = checked ? reportProblem(report) : null;
  const closedAlready =
    close.isError && toProblemError(close.error).key === 'invalid-state-transition';

  const error =
    problem === 'missing'
      ? t('workingGroups.closeForm.reportMissing')
      : problem === 'tooLong'
        ? t('form.tooLong', { max: WORKING_GROUP_LIMITS.closingReport })
        : server.errorFor('closingReport', t('workingGroups.closeForm.reportMissing'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (reportProblem(report)) return;
    close.mutate(
      { version, closing: { closingReport: report.trim() } },
      {
        onSuccess: (view) => {
          onClosed?.(view);
          onClose();
        },
      },
    );
  };

  /**
   * Someone changed the group meanwhile: the report written so far is kept and sent against the
   * newest version, unless the group has been closed in the meantime.
   */
  const reloadNewest = async () => {
    setReloading(true);
    const fresh = await reload();
    setReloading(false);
    if (!fresh) return;
    if (fresh.status === 'CLOSED') {
      onClose();
      return;
    }
    setVersion(fresh.version);
    close.reset();
  };

  const reloadAndLeave = async () => {
    setReloading(true);
    await reload();
    setReloading(false);
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('workingGroups.closeForm.intro', { name: group.name })}</Text>
        <RichTextEditor
          label={t('workingGroups.closeForm.report')}
          description={t('form.noPersonalData')}
          required
          minRows={6}
          autoFocus
          value={report}
          onChange={setReport}
          error={error}
        />
        {closedAlready ? (
          <Alert variant="outline" color="red.9" title={t('workingGroups.closeForm.alreadyClosed')}>
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('workingGroups.closeForm.alreadyClosedText')}</Text>
              <Button size="sm" onClick={() => void reloadAndLeave()} loading={reloading}>
                {t('conflict.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          close.isError && (
            <SaveError
              error={close.error}
              onReload={() => void reloadNewest()}
              reloading={reloading}
              fieldLabel={(field) =>
                field === 'closingReport' ? t('workingGroups.closeForm.report') : undefined
              }
            />
          )
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={close.isPending}>
            {t('workingGroups.closeForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
