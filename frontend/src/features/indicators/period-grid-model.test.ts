import { describe, expect, it } from 'vitest';
import { changesOf, layoutOf, problemsFromServer, type CellRef } from './period-grid-model';
import { ProblemError } from '../../lib/problem';
import type { GridIndicator, ReportingGrid } from './types';

function indicator(id: string, areas: string[]): GridIndicator {
  return {
    id,
    code: id.toUpperCase(),
    name: `Indikator ${id}`,
    unit: 'antal',
    allowNegative: false,
    dataSource: null,
    cells: areas.map((name) => ({
      areaId: `${id}-${name}`,
      areaName: name,
      measurementId: null,
      value: null,
      source: null,
      note: null,
      version: null,
    })),
  };
}

function grid(indicators: GridIndicator[]): ReportingGrid {
  return {
    partnershipId: 'p',
    partnershipName: 'P',
    period: '2026-03',
    frequency: 'MONTH',
    frequencies: [{ frequency: 'MONTH', period: '2026-03' }],
    indicators,
  };
}

describe('layoutOf', () => {
  it('puts indicators in rows and the areas by name in columns, with no cell where an indicator lacks the area', () => {
    const layout = layoutOf(
      grid([indicator('a', ['Herlev', 'Ballerup']), indicator('b', ['I alt'])]),
    );

    expect(layout.areasAsRows).toBe(false);
    expect(layout.columns.map((c) => c.label)).toEqual(['Herlev', 'Ballerup', 'I alt']);
    expect(layout.at(0, 1)?.key).toBe('a|a-Ballerup');
    expect(layout.at(1, 0)).toBeNull();
    expect(layout.at(1, 2)?.key).toBe('b|b-I alt');
  });

  it('turns a form with many more areas than indicators, so the areas become rows', () => {
    const areas = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const layout = layoutOf(grid([indicator('a', areas)]));

    expect(layout.areasAsRows).toBe(true);
    expect(layout.rows.map((r) => r.label)).toEqual(areas);
    expect(layout.columns.map((c) => c.label)).toEqual(['A Indikator a']);
    expect(layout.at(6, 0)?.key).toBe('a|a-G');
  });
});

describe('changesOf and problemsFromServer', () => {
  it('sends only changed cells and maps the API’s values[i] back to them', () => {
    const layout = layoutOf(grid([indicator('a', ['Herlev', 'Ballerup'])]));
    const cells = [layout.at(0, 0), layout.at(0, 1)] as CellRef[];

    const changes = changesOf(cells, new Map([['a|a-Ballerup', '7,5']]));

    expect(changes.values).toEqual([
      { indicatorId: 'a', areaId: 'a-Ballerup', value: 7.5, version: null },
    ]);
    const refusal = new ProblemError('validation-failed', 400, {
      violations: [{ field: 'values[0].value', in: 'body', message: 'bad' }],
    });
    expect([...problemsFromServer(refusal, changes.keys)]).toEqual([['a|a-Ballerup', 'rejected']]);
  });
});
