import { describe, expect, it } from 'vitest';
import { ProblemError } from './problem';
import { fetchFile, filenameFromContentDisposition } from './download';

describe('filenameFromContentDisposition', () => {
  it('prefers the UTF-8 name, which keeps the Danish letters', () => {
    expect(
      filenameFromContentDisposition(
        `attachment; filename="Referat_Partnerskabsmoede_2027-03-09.pdf"; filename*=UTF-8''Referat%20Partnerskabsm%C3%B8de%202027-03-09.pdf`,
      ),
    ).toBe('Referat Partnerskabsmøde 2027-03-09.pdf');
  });

  it('reads a quoted or a bare plain name', () => {
    expect(filenameFromContentDisposition('inline; filename="partnerskabsmoeder.ics"')).toBe(
      'partnerskabsmoeder.ics',
    );
    expect(filenameFromContentDisposition('attachment; filename=dagsorden.pdf')).toBe(
      'dagsorden.pdf',
    );
  });

  it('falls back to the plain name when the UTF-8 one cannot be read', () => {
    expect(
      filenameFromContentDisposition(`attachment; filename="a.pdf"; filename*=UTF-8''%E0%A4%A.pdf`),
    ).toBe('a.pdf');
  });

  it('gives nothing without a name', () => {
    expect(filenameFromContentDisposition(null)).toBeUndefined();
    expect(filenameFromContentDisposition('attachment')).toBeUndefined();
    expect(filenameFromContentDisposition('attachment; filename=""')).toBeUndefined();
  });
});

describe('fetchFile', () => {
  const blob = new Blob(['%PDF-1.7'], { type: 'application/pdf' });

  it('names the file from the response', async () => {
    const response = new Response('%PDF-1.7', {
      headers: { 'Content-Disposition': 'attachment; filename="dagsorden.pdf"' },
    });

    const file = await fetchFile(Promise.resolve({ data: blob, response }), 'reserve.pdf');

    expect(file).toEqual({ blob, filename: 'dagsorden.pdf' });
  });

  it('uses the fallback name when the header cannot be read', async () => {
    const file = await fetchFile(
      Promise.resolve({ data: blob, response: new Response('%PDF-1.7') }),
      'reserve.pdf',
    );

    expect(file.filename).toBe('reserve.pdf');
  });

  it('throws the problem of a failed download', async () => {
    const response = new Response(null, { status: 409 });

    const failure = fetchFile(
      Promise.resolve({
        error: { type: 'https://partnerskabsportalen.dk/problems/invalid-state-transition' },
        response,
      }),
      'reserve.pdf',
    );

    await expect(failure).rejects.toBeInstanceOf(ProblemError);
    await expect(failure).rejects.toMatchObject({ key: 'invalid-state-transition', status: 409 });
  });
});
