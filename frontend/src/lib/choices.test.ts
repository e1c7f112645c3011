import { describe, expect, it } from 'vitest';
import { organisationChoices } from './choices';

const herlev = { id: 'h', name: 'Herlev Kommune', kind: 'KOMMUNE' as const, cvr: null };
const politi = {
  id: 'p',
  name: 'Københavns Vestegns Politi',
  kind: 'POLITIKREDS' as const,
  cvr: null,
};
const furesoe = { id: 'f', name: 'Furesø Kommune', kind: 'KOMMUNE' as const, cvr: null };
const closed = { id: 'c', name: 'Nedlagt Forening', kind: 'FORENING' as const, cvr: null };
const labels = { none: 'Ingen', parties: 'Parter', others: 'Andre' };

describe('organisationChoices', () => {
  it('offers the parties first, then every other active organisation', () => {
    expect(organisationChoices([politi], [herlev, politi, furesoe], null, labels)).toEqual([
      { value: '', label: 'Ingen' },
      { group: 'Parter', items: [{ value: 'p', label: 'Københavns Vestegns Politi' }] },
      {
        group: 'Andre',
        items: [
          { value: 'h', label: 'Herlev Kommune' },
          { value: 'f', label: 'Furesø Kommune' },
        ],
      },
    ]);
  });

  it('offers only the active parties where the partnership must answer for it, keeping the one chosen', () => {
    expect(
      organisationChoices(
        [herlev, closed],
        [herlev, furesoe],
        closed,
        labels,
        'parties',
        'parties',
      ),
    ).toEqual([
      { value: '', label: 'Ingen' },
      {
        group: 'Parter',
        items: [
          { value: 'c', label: 'Nedlagt Forening' },
          { value: 'h', label: 'Herlev Kommune' },
        ],
      },
    ]);
    expect(
      organisationChoices([herlev], [herlev, furesoe], null, labels, 'parties', 'parties'),
    ).toEqual([
      { value: '', label: 'Ingen' },
      { group: 'Parter', items: [{ value: 'h', label: 'Herlev Kommune' }] },
    ]);
  });
});
