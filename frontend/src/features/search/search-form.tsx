import { Box, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchWords } from './search-words';

/** The value of the "all partnerships" choice; the URL then names no partnership. */
const ALL = '';

export interface PartnershipChoice {
  value: string;
  label: string;
}

interface SearchFormProps {
  /** The search the page shows. */
  query: string;
  partnership: string | null;
  /** The partnerships to search in one at a time; no filter is offered when there are none. */
  partnershipChoices: PartnershipChoice[];
  onSearch: (query: string) => void;
  onPartnershipChange: (partnership: string | null) => void;
}

/**
 * The words apply when the user searches (Enter or the button), not while they type; the
 * partnership applies as soon as it is chosen, as the other filters in the portal do.
 */
export function SearchForm({
  query,
  partnership,
  partnershipChoices,
  onSearch,
  onPartnershipChange,
}: SearchFormProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(query);
  const [shown, setShown] = useState(query);
  const [tooShort, setTooShort] = useState(false);
  // The back button changes the search in the address; the field follows it.
  if (query !== shown) {
    setShown(query);
    setValue(query);
    setTooShort(false);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (searchWords(value).length === 0) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    onSearch(value);
  };

  return (
    <Box component="form" role="search" aria-label={t('search.formLabel')} onSubmit={submit}>
      <Stack gap="md">
        <TextInput
          type="search"
          label={t('search.field')}
          value={value}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            setTooShort(false);
          }}
          error={tooShort ? t('search.tooShort') : undefined}
          // The button sits beside the field, above the error text, so the two stay aligned.
          inputContainer={(input) => (
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Box style={{ flex: 1 }}>{input}</Box>
              <Button type="submit">{t('search.submit')}</Button>
            </Group>
          )}
          maw="40rem"
        />
        {partnershipChoices.length > 0 && (
          <Select
            label={t('search.partnership')}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('search.noPartnershipMatches')}
            data={[{ value: ALL, label: t('search.allPartnerships') }, ...partnershipChoices]}
            value={partnership ?? ALL}
            onChange={(choice) => onPartnershipChange(choice || null)}
            w={{ base: '100%', sm: 420 }}
          />
        )}
      </Stack>
    </Box>
  );
}
