import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessageKey, toProblemError } from '../lib/problem';

interface ProblemAlertProps {
  /** The error a query or mutation failed with; mapped to a message by its problem key. */
  error: unknown;
  /** Shows a "try again" button that calls this. */
  onRetry?: () => void;
  title?: string;
  children?: ReactNode;
}

/** Says in words what went wrong and what to do, from the RFC 9457 problem key of the error. */
export function ProblemAlert({ error, onRetry, title, children }: ProblemAlertProps) {
  const { t } = useTranslation();
  const problem = toProblemError(error);
  const violations = problem.problem?.violations ?? [];
  const reference = problem.problem?.correlationId;
  return (
    <Alert variant="outline" color="red.9" title={title ?? t('common.errorTitle')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t(problemMessageKey(problem.key))}</Text>
        {violations.length > 0 && (
          <ul>
            {violations.map((violation) => (
              <li key={`${violation.in}:${violation.field}:${violation.message}`}>
                <Text size="sm">
                  {violation.field}: {violation.message}
                </Text>
              </li>
            ))}
          </ul>
        )}
        {reference && <Text size="sm">{t('common.errorReference', { reference })}</Text>}
        {children}
        {onRetry && (
          <Button variant="filled" size="sm" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
