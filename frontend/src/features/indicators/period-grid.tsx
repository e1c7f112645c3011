import { Alert, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/confirm-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { formatNumber } from '../../lib/numbers';
import { formatPeriod } from '../../lib/periods';
import { toProblemError } from '../../lib/problem';
import { useDecimalInput } from './decimal-input';
import {
  changesOf,
  layoutOf,
  problemsFromServer,
  type CellProblem,
  type CellRef,
  type Draft,
} from './period-grid-model';
import type { PeriodReportValue, ReportingGrid } from './types';
import { useReportPeriod } from './use-period-report';

interface Sent {
  values: PeriodReportValue[];
  keys: string[];
}

interface PeriodGridProps {
  grid: ReportingGrid;
  /** Reads the period again, e.g. after someone else changed a value in it. */
  onReload: () => void;
  /** The period after this one, offered once the values are saved; null when there is none. */
  nextPeriod: string | null;
  onNextPeriod: (period: string) => void;
}

/**
 * A period's values as a form of indicators by areas, saved together with one "Gem": only the
 * changed cells are sent, and the API stores all of them or none. Tab and Shift+Tab move along a
 * row, Enter and the arrow keys down and up a column. What the API refuses is shown at the cells
 * it names; values far above their area's recent ones are confirmed once for all of them.
 */
export function PeriodGrid({ grid, onReload, nextPeriod, onNextPeriod }: PeriodGridProps) {
  const { t, i18n } = useTranslation();
  const decimal = useDecimalInput();
  const mutation = useReportPeriod(grid.partnershipId);
  const layout = useMemo(() => layoutOf(grid), [grid]);
  const cells = useMemo(() => {
    const all: CellRef[] = [];
    layout.rows.forEach((_, r) =>
      layout.columns.forEach((__, c) => {
        const ref = layout.at(r, c);
        if (ref) all.push(ref);
      }),
    );
    return all;
  }, [layout]);
  const [drafts, setDrafts] = useState<Map<string, Draft>>(() => new Map());
  const [checked, setChecked] = useState<Map<string, CellProblem>>(() => new Map());
  const [sent, setSent] = useState<Sent | null>(null);
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const saveButton = useRef<HTMLButtonElement>(null);

  const period = formatPeriod(grid.period, i18n.language);
  const serverProblems = problemsFromServer(mutation.error, sent?.keys ?? []);
  const problemAt = (key: string) => checked.get(key) ?? serverProblems.get(key);
  const cellErrors = checked.size + serverProblems.size;
  const confirmationAsked =
    mutation.isError && toProblemError(mutation.error).key === 'confirmation-required';

  const problemText: Record<CellProblem, string> = {
    numberInvalid: t('indicators.form.numberInvalid'),
    negativeNotAllowed: t('indicators.form.negativeNotAllowed'),
    cannotClear: t('reporting.grid.cannotClear'),
    rejected: t('reporting.grid.rejected'),
    changedMeanwhile: t('reporting.grid.changedMeanwhile'),
    notYours: t('reporting.grid.notYours'),
    gone: t('reporting.grid.gone'),
    personalData: t('form.personalData'),
    needsConfirmation: t('reporting.grid.needsConfirmation'),
  };

  const cellLabel = ({ indicator, cell }: CellRef) =>
    t('reporting.grid.cellLabel', { code: indicator.code, area: cell.areaName });

  const edit = (key: string, value: Draft) => {
    setSaved(null);
    setAnnouncement('');
    setDrafts((current) => new Map(current).set(key, value));
    setChecked((current) => {
      if (!current.has(key)) return current;
      const next = new Map(current);
      next.delete(key);
      return next;
    });
  };

  const send = (values: PeriodReportValue[], keys: string[]) => {
    setSent({ values, keys });
    mutation.mutate(
      { period: grid.period, values },
      {
        onSuccess: () => {
          setConfirming(null);
          setDrafts(new Map());
          setSaved(values.length);
          setAnnouncement(t('reporting.grid.saved', { count: values.length, period }));
        },
        onError: (error) => {
          const problem = toProblemError(error);
          if (problem.key === 'confirmation-required') {
            setConfirming([...problemsFromServer(error, keys).keys()]);
          } else {
            setConfirming(null);
          }
        },
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    setAnnouncement('');
    const changes = changesOf(cells, drafts);
    setChecked(changes.problems);
    if (changes.problems.size > 0) {
      mutation.reset();
      return;
    }
    if (changes.values.length === 0) {
      mutation.reset();
      setAnnouncement(t('reporting.grid.nothingChanged'));
      return;
    }
    send(changes.values, changes.keys);
  };

  const confirmAll = () => {
    if (!sent || !confirming) return;
    const flagged = new Set(confirming);
    send(
      sent.values.map((value, i) =>
        flagged.has(sent.keys[i]) ? { ...value, confirmed: true } : value,
      ),
      sent.keys,
    );
  };

  const reload = () => {
    // The values someone else changed show as they are now; the user's other edits stay.
    const stale = new Set(
      [...serverProblems].filter(([, p]) => p === 'changedMeanwhile').map(([key]) => key),
    );
    setDrafts((current) => new Map([...current].filter(([key]) => !stale.has(key))));
    mutation.reset();
    onReload();
  };

  /** Moves to the next cell down (or up) the column; past the last row, Enter goes to "Gem". */
  const move = (row: number, column: number, step: 1 | -1, toSave: boolean) => {
    for (let r = row + step; r >= 0 && r < layout.rows.length; r += step) {
      const ref = layout.at(r, column);
      if (ref) {
        inputs.current.get(ref.key)?.focus();
        return;
      }
    }
    if (toSave) saveButton.current?.focus();
  };

  const onKeyDown = (row: number, column: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      move(row, column, event.shiftKey ? -1 : 1, !event.shiftKey);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(row, column, event.key === 'ArrowDown' ? 1 : -1, false);
    }
  };

  const shown = (ref: CellRef): Draft => drafts.get(ref.key) ?? ref.cell.value ?? '';
  const confirmingRefs = (confirming ?? [])
    .map((key) => cells.find((ref) => ref.key === key))
    .filter((ref): ref is CellRef => ref !== undefined);
  const sentValue = (key: string) => sent?.values[sent.keys.indexOf(key)]?.value ?? 0;
  const generalError =
    mutation.isError && cellErrors === 0 && !confirmationAsked ? mutation.error : null;

  return (
    <>
      <form onSubmit={submit} noValidate aria-label={t('reporting.grid.formLabel', { period })}>
        <Stack gap="md">
          <Table.ScrollContainer minWidth={Math.max(480, 200 + layout.columns.length * 140)}>
            <Table withTableBorder withColumnBorders verticalSpacing="xs">
              <caption style={{ captionSide: 'top', textAlign: 'start' }}>
                {t('reporting.grid.caption', { period })}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">
                    {layout.areasAsRows ? t('reporting.grid.area') : t('reporting.grid.indicator')}
                  </Table.Th>
                  {layout.columns.map((column) => (
                    <Table.Th key={column.key} scope="col">
                      {column.label}
                      {column.detail && (
                        <Text size="xs" c="dimmed" component="span" display="block">
                          {column.detail}
                        </Text>
                      )}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {layout.rows.map((row, r) => (
                  <Table.Tr key={row.key}>
                    <Table.Th scope="row" style={{ overflowWrap: 'anywhere' }}>
                      {row.label}
                      {row.detail && (
                        <Text size="xs" c="dimmed" component="span" display="block">
                          {row.detail}
                        </Text>
                      )}
                    </Table.Th>
                    {layout.columns.map((column, c) => {
                      const ref = layout.at(r, c);
                      if (!ref) {
                        return (
                          <Table.Td key={column.key}>
                            <Text c="dimmed" aria-label={t('reporting.grid.noCell')}>
                              –
                            </Text>
                          </Table.Td>
                        );
                      }
                      const problem = problemAt(ref.key);
                      return (
                        <Table.Td key={column.key}>
                          <NumberInput
                            ref={(element) => {
                              if (element) inputs.current.set(ref.key, element);
                              else inputs.current.delete(ref.key);
                            }}
                            aria-label={cellLabel(ref)}
                            value={shown(ref)}
                            onChange={(value) => edit(ref.key, value)}
                            onKeyDown={onKeyDown(r, c)}
                            error={problem ? problemText[problem] : undefined}
                            allowNegative={ref.indicator.allowNegative}
                            hideControls
                            withKeyboardEvents={false}
                            autoComplete="off"
                            {...decimal}
                          />
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {cellErrors > 0 && (
            <Alert variant="outline" color="red.9" title={t('reporting.grid.notSaved')}>
              <Stack gap="sm" align="flex-start">
                <Text size="sm">{t('reporting.grid.fixCells', { count: cellErrors })}</Text>
                {[...serverProblems.values()].includes('changedMeanwhile') && (
                  <Button size="sm" variant="default" onClick={reload}>
                    {t('reporting.grid.reload')}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          {generalError && (
            <ProblemAlert error={generalError} title={t('reporting.grid.notSaved')} />
          )}
          <Group gap="md" align="center">
            <Button ref={saveButton} type="submit" loading={mutation.isPending && !confirming}>
              {t('common.save')}
            </Button>
            <Text role="status" size="sm" fw={500}>
              {announcement}
            </Text>
          </Group>
          {saved !== null && nextPeriod && (
            <Group gap="sm">
              <Button variant="light" onClick={() => onNextPeriod(nextPeriod)}>
                {t('reporting.grid.nextPeriod', {
                  period: formatPeriod(nextPeriod, i18n.language),
                })}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
      <ConfirmModal
        opened={confirming !== null}
        onClose={() => {
          setConfirming(null);
        }}
        title={t('reporting.grid.confirmTitle')}
        confirmLabel={t('reporting.grid.confirm', { count: confirmingRefs.length })}
        pending={mutation.isPending}
        onConfirm={confirmAll}
      >
        <Text>{t('reporting.grid.confirmText', { count: confirmingRefs.length })}</Text>
        <ul>
          {confirmingRefs.map((ref) => (
            <li key={ref.key}>
              {t('reporting.grid.confirmItem', {
                cell: cellLabel(ref),
                value: formatNumber(sentValue(ref.key), i18n.language, 10),
                unit: ref.indicator.unit,
              })}
            </li>
          ))}
        </ul>
      </ConfirmModal>
    </>
  );
}
