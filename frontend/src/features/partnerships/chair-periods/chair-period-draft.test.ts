import { describe, expect, it } from 'vitest';
import { ORG, partnership } from '../../../test/fixtures';
import { checkChair, nextChairDraft } from './chair-period-draft';

const seed = partnership();
const [HERLEV_CHAIR] = seed.chairPeriods;

describe('the next chair period', () => {
  it('goes to the next municipality in the order of the parties, for two years', () => {
    expect(nextChairDraft(seed, '2026-06-01')).toEqual({
      organisationId: ORG.ballerup.id,
      startDate: '2015-01-01',
      endDate: '2016-12-31',
      note: '',
    });
  });

  it('goes round to the first municipality after the last one', () => {
    const ballerupChaired = partnership({
      chairPeriods: [{ ...HERLEV_CHAIR, organisation: ORG.ballerup }],
    });
    expect(nextChairDraft(ballerupChaired, '2026-06-01').organisationId).toBe(ORG.herlev.id);
  });

  it('starts with the current term when nobody has chaired yet', () => {
    const none = partnership({ chairPeriods: [] });
    expect(nextChairDraft(none, '2026-06-01')).toMatchObject({
      organisationId: ORG.herlev.id,
      startDate: '2022-01-01',
      endDate: '2023-12-31',
    });
    expect(
      nextChairDraft(partnership({ chairPeriods: [], terms: [] }), '2026-06-01'),
    ).toMatchObject({ startDate: '2026-06-01', endDate: '2028-05-31' });
  });

  it('allows a one-day chair period, but not one ending before it starts', () => {
    const draft = {
      organisationId: ORG.ballerup.id,
      startDate: '2015-01-01',
      endDate: '2015-01-01',
      note: '',
    };
    expect(checkChair(draft, seed.chairPeriods).problems).toEqual({});
    expect(checkChair({ ...draft, endDate: '2014-12-31' }, []).problems).toEqual({
      endDate: 'endBeforeStart',
    });
  });
});
