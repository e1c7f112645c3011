import { Text, type TextProps } from '@mantine/core';

interface PlainTextProps extends TextProps {
  children: string;
}

/**
 * Free text from the API shown as text: line breaks kept, never interpreted as HTML or markup.
 */
export function PlainText({ children, ...props }: PlainTextProps) {
  return (
    <Text {...props} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
      {children}
    </Text>
  );
}
