import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../components/conflict-alert';
import { ProblemAlert } from '../../components/problem-alert';
import { toProblemError } from '../../lib/problem';

interface TransitionErrorProps {
  error: unknown;
  /** Reads the meeting again, so the user decides on what it is now. */
  onReload: () => void;
  reloading: boolean;
  /** What a refused transition means here, when it has one reason only. */
  refusedMessage?: string;
}

/**
 * Why a change of the meeting's status failed: someone changed the meeting meanwhile (412), or its
 * status no longer allows it (409); both are put right by reading the meeting again.
 */
export function TransitionError({
  error,
  onReload,
  reloading,
  refusedMessage,
}: TransitionErrorProps) {
  const { t } = useTranslation();
  const key = toProblemError(error).key;
  if (key === 'version-mismatch') {
    return <ConflictAlert onReload={onReload} reloading={reloading} />;
  }
  if (key === 'invalid-state-transition') {
    return (
      <Alert variant="outline" color="red.9" title={t('meetings.meeting.actionFailed')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{refusedMessage ?? t('meetings.meeting.stateChanged')}</Text>
          <Button size="sm" onClick={onReload} loading={reloading}>
            {t('conflict.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <ProblemAlert error={error} title={t('meetings.meeting.actionFailed')} />;
}
