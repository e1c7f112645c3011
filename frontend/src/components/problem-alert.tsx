import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { login } from '../lib/auth';
import { problemMessageKey, toProblemError, type ProblemError } from '../lib/problem';

interface ProblemAlertProps {
  /** The error a query or mutation failed with; mapped to a message by its problem key. */
  error: unknown;
  /** Shows a "try again" button that calls this. */
  onRetry?: () => void;
  title?: string;
  /** The field's name as the form labels it, for a field the API rejected; the API's name otherwise. */
  fieldLabel?: (field: string) => string | undefined;
  children?: ReactNode;
}

/**
 * The rejected fields, each named once. The server's own wording is English and meant for
 * developers, so only the field name is taken from it.
 */
function rejectedFields(problem: ProblemError): string[] {
  const fields = (problem.problem?.violations ?? []).map((violation) => violation.field);
  return [...new Set(fields)];
}

/** Says in words what went wrong and what to do, from the RFC 9457 problem key of the error. */
export function ProblemAlert({ error, onRetry, title, fieldLabel, children }: ProblemAlertProps) {
  const { t } = useTranslation();
  const problem = toProblemError(error);
  const fields = rejectedFields(problem);
  const violationKey =
    problem.key === 'personal-data-rejected' ? 'violations.personalData' : 'violations.invalid';
  const reference = problem.problem?.correlationId;
  const unauthenticated = problem.key === 'unauthenticated';
  return (
    <Alert variant="outline" color="red.9" title={title ?? t('common.errorTitle')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t(problemMessageKey(problem.key))}</Text>
        {fields.length > 0 && (
          <ul>
            {fields.map((field) => (
              <li key={field}>
                <Text size="sm">{t(violationKey, { field: fieldLabel?.(field) ?? field })}</Text>
              </li>
            ))}
          </ul>
        )}
        {reference && <Text size="sm">{t('common.errorReference', { reference })}</Text>}
        {children}
        {(unauthenticated || onRetry) && (
          <Group gap="sm">
            {unauthenticated && (
              <Button variant="filled" size="sm" onClick={() => void login()}>
                {t('common.logInAgain')}
              </Button>
            )}
            {onRetry && (
              <Button variant={unauthenticated ? 'default' : 'filled'} size="sm" onClick={onRetry}>
                {t('common.retry')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
