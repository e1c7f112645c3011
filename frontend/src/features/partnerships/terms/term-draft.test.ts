import { describe, expect, it } from 'vitest';
import { partnership } from '../../../test/fixtures';
import { agreementFileProblem, MAX_AGREEMENT_BYTES } from './agreement-file';
import { formatFileSize } from '../../../lib/file-size';
import { checkTerm, inputOf, newTermDraft, renewalDraft } from './term-draft';

const terms = partnership().terms;

function file(name: string, type: string, size = 100): File {
  const made = new File(['%PDF-'], name, { type });
  Object.defineProperty(made, 'size', { value: size });
  return made;
}

describe('a term draft', () => {
  it('starts the renewal the day after the last term ends, whatever the order', () => {
    expect(renewalDraft([...terms].reverse())).toMatchObject({
      startDate: '2028-01-01',
      endDate: '',
      kind: 'RENEWAL',
    });
  });

  it('makes the first term the initial one and any later one a renewal', () => {
    expect(newTermDraft([]).kind).toBe('INITIAL');
    expect(newTermDraft(terms).kind).toBe('RENEWAL');
  });

  it('leaves out empty optional fields', () => {
    expect(
      inputOf({
        startDate: '2028-01-01',
        endDate: '2031-12-31',
        kind: 'RENEWAL',
        signedOn: '',
        evaluationOutcome: '  ',
        note: 'Forlænget efter evaluering',
      }),
    ).toEqual({
      startDate: '2028-01-01',
      endDate: '2031-12-31',
      kind: 'RENEWAL',
      note: 'Forlænget efter evaluering',
    });
  });

  it('lets a term start the day after another ends, but not overlap it', () => {
    const draft = { ...newTermDraft(terms), startDate: '2028-01-01', endDate: '2031-12-31' };
    expect(checkTerm(draft, terms)).toEqual({ problems: {}, overlapping: undefined });
    expect(checkTerm({ ...draft, startDate: '2027-12-31' }, terms).overlapping).toBe(terms[1]);
  });
});

describe('the signed agreement file', () => {
  it('accepts a PDF up to 10 MiB, also one the system gave no type', () => {
    expect(agreementFileProblem(file('aftale.pdf', 'application/pdf'))).toBeUndefined();
    expect(agreementFileProblem(file('Aftale.PDF', ''))).toBeUndefined();
    expect(
      agreementFileProblem(file('aftale.pdf', 'application/pdf', MAX_AGREEMENT_BYTES)),
    ).toBeUndefined();
  });

  it('names what is wrong with any other file', () => {
    expect(agreementFileProblem(null)).toBe('missing');
    expect(agreementFileProblem(file('aftale.docx', ''))).toBe('notPdf');
    expect(agreementFileProblem(file('aftale.pdf', 'image/png'))).toBe('notPdf');
    expect(agreementFileProblem(file('aftale.pdf', 'application/pdf', 0))).toBe('empty');
    expect(
      agreementFileProblem(file('aftale.pdf', 'application/pdf', MAX_AGREEMENT_BYTES + 1)),
    ).toBe('tooLarge');
  });

  it('gives its size the Danish way', () => {
    expect(formatFileSize(900, 'da')).toBe('900 B');
    expect(formatFileSize(482133, 'da')).toBe('471 kB');
    expect(formatFileSize(MAX_AGREEMENT_BYTES, 'da')).toBe('10 MB');
    expect(formatFileSize(2_621_440, 'en')).toBe('2.5 MB');
  });
});
