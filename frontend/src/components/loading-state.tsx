import { Center, Loader, Stack, Text } from '@mantine/core';

interface LoadingStateProps {
  /** What is being loaded, read out by screen readers and shown under the spinner. */
  label: string;
}

export function LoadingState({ label }: LoadingStateProps) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden="true" />
        <Text size="sm">{label}</Text>
      </Stack>
    </Center>
  );
}
