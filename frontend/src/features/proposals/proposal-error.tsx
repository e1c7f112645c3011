import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../components/conflict-alert';
import { ProblemAlert } from '../../components/problem-alert';
import { toProblemError } from '../../lib/problem';

interface ProposalErrorProps {
  error: unknown;
  title: string;
  /** What a refused change (409) means for this action. */
  refusedMessage: string;
  /** Reads the proposal again, so the user decides on what it is now. */
  onReload: () => void;
  reloading: boolean;
  fieldLabel?: (field: string) => string | undefined;
}

/**
 * Why putting a proposal on an agenda or answering it failed: someone changed it meanwhile (412)
 * or its status (or the meeting's) no longer allows it (409), both put right by reading it again;
 * anything else is named as the API's problem.
 */
export function ProposalError({
  error,
  title,
  refusedMessage,
  onReload,
  reloading,
  fieldLabel,
}: ProposalErrorProps) {
  const { t } = useTranslation();
  const key = toProblemError(error).key;
  if (key === 'version-mismatch') {
    return <ConflictAlert onReload={onReload} reloading={reloading} />;
  }
  if (key === 'invalid-state-transition') {
    return (
      <Alert variant="outline" color="red.9" title={title}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{refusedMessage}</Text>
          <Button size="sm" onClick={onReload} loading={reloading}>
            {t('conflict.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <ProblemAlert error={error} title={title} fieldLabel={fieldLabel} />;
}
