import { describe, expect, it } from 'vitest';
import type { TermView } from '../../api/types';
import { agreementExpiry } from './agreement-expiry';

function term(startDate: string, endDate: string): TermView {
  return {
    id: `${startDate}-${endDate}`,
    startDate,
    endDate,
    kind: 'INITIAL',
    signedOn: null,
    evaluationOutcome: null,
    note: null,
    agreementDocument: null,
    version: 0,
  };
}

describe('agreementExpiry', () => {
  it('counts the days left of the term covering today', () => {
    expect(agreementExpiry([term('2024-01-01', '2027-12-31')], '2027-12-01')).toEqual({
      kind: 'current',
      endDate: '2027-12-31',
      daysLeft: 30,
    });
  });

  it('follows renewals that continue without a gap', () => {
    const terms = [term('2028-01-01', '2029-12-31'), term('2024-01-01', '2027-12-31')];
    expect(agreementExpiry(terms, '2026-11-25')).toMatchObject({
      kind: 'current',
      endDate: '2029-12-31',
    });
  });

  it('says when the last term ended, or that there is none', () => {
    expect(agreementExpiry([term('2013-09-01', '2015-12-31')], '2026-11-25')).toEqual({
      kind: 'ended',
      endDate: '2015-12-31',
    });
    expect(agreementExpiry([], '2026-11-25')).toEqual({ kind: 'none' });
  });
});
