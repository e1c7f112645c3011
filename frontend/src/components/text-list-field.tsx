import { Button, Fieldset, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';

interface TextListFieldProps {
  /** Prefix of the inputs' ids: `${id}-0`, `${id}-1` …; the add button is `${id}-add`. */
  id: string;
  legend: string;
  values: string[];
  onChange: (values: string[]) => void;
  itemLabel: (number: number) => string;
  removeLabel: (number: number) => string;
  removeText: string;
  addLabel: string;
  /** The message for the item at `index`, if it is invalid. */
  errorFor: (index: number) => string | undefined;
  /** A message about the list as a whole (e.g. too many items). */
  listError?: string;
  maxItems: number;
  multiline?: boolean;
}

/**
 * An editable list of texts (purposes, principles): each with its own labelled input and remove
 * button, and a button to add one. Focus follows: to a new item, or to a neighbour of a removed one.
 */
export function TextListField({
  id,
  legend,
  values,
  onChange,
  itemLabel,
  removeLabel,
  removeText,
  addLabel,
  errorFor,
  listError,
  maxItems,
  multiline = false,
}: TextListFieldProps) {
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const change = (index: number, value: string) =>
    onChange(values.map((current, i) => (i === index ? value : current)));
  const remove = (index: number) => {
    const rest = values.filter((_, i) => i !== index);
    focusNext.current =
      rest.length === 0 ? `${id}-add` : `${id}-${Math.min(index, rest.length - 1)}`;
    onChange(rest);
  };
  const add = () => {
    focusNext.current = `${id}-${values.length}`;
    onChange([...values, '']);
  };

  const Input = multiline ? Textarea : TextInput;
  return (
    <Fieldset
      legend={legend}
      variant="unstyled"
      styles={{ legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-md)' } }}
    >
      <Stack gap="sm">
        {values.map((value, index) => (
          <Input
            key={index}
            id={`${id}-${index}`}
            label={itemLabel(index + 1)}
            value={value}
            onChange={(event) => change(index, event.currentTarget.value)}
            error={errorFor(index)}
            inputContainer={(input) => (
              <Group align="flex-start" gap="sm" wrap="nowrap">
                <div style={{ flex: 1 }}>{input}</div>
                <Button
                  variant="default"
                  aria-label={removeLabel(index + 1)}
                  onClick={() => remove(index)}
                >
                  {removeText}
                </Button>
              </Group>
            )}
            {...(multiline ? { autosize: true, minRows: 2 } : {})}
          />
        ))}
        {listError && (
          <Text size="sm" c="red.9" role="alert">
            {listError}
          </Text>
        )}
        <div>
          <Button
            id={`${id}-add`}
            variant="light"
            onClick={add}
            disabled={values.length >= maxItems}
          >
            {addLabel}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
