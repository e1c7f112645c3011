import { Box, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface DetailSectionProps {
  /** Unique within the page; the heading gets `${id}-heading`. */
  id: string;
  title: string;
  children: (headingId: string) => ReactNode;
}

/** A titled region of the detail page; tables inside are labelled by its heading. */
export function DetailSection({ id, title, children }: DetailSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <Box component="section" aria-labelledby={headingId} id={id}>
      <Title order={2} id={headingId} mb="sm">
        {title}
      </Title>
      {children(headingId)}
    </Box>
  );
}
