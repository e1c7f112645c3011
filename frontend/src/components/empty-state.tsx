import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  message: string;
  /** Heading level of the title, to keep headings in order where the state is shown. */
  headingOrder?: 2 | 3 | 4;
  children?: ReactNode;
}

export function EmptyState({ title, message, headingOrder = 2, children }: EmptyStateProps) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="xs" align="flex-start">
        <Title order={headingOrder} size="h4">
          {title}
        </Title>
        <Text>{message}</Text>
        {children}
      </Stack>
    </Paper>
  );
}
