import { Box, Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';

interface HeaderSearchProps {
  className?: string;
}

/**
 * A compact search field for the header that opens the search page with the words typed. The
 * search page has its own field, so the layout leaves this one out there.
 */
export function HeaderSearch({ className }: HeaderSearchProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(paths.search(value));
  };

  return (
    <Box
      component="form"
      role="search"
      aria-label={t('search.quickLabel')}
      onSubmit={submit}
      className={className}
    >
      <Group gap="xs" wrap="nowrap">
        <TextInput
          type="search"
          size="sm"
          aria-label={t('search.field')}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button type="submit" variant="default" size="sm">
          {t('search.submit')}
        </Button>
      </Group>
    </Box>
  );
}
