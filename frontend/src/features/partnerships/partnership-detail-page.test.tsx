import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { login } from '../../lib/auth';
import i18n from '../../lib/i18n';
import { fakeApi, problem } from '../../test/fake-api';
import { HERLEV_ID, HERLEV_NAME, me, partnership } from '../../test/fixtures';
import { renderRoute } from '../../test/render';

const DETAIL_PATH = `/partnerskaber/${HERLEV_ID}`;

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('PartnershipDetailPage', () => {
  it('shows the whole partnership in Danish, every section under its own heading', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership(),
    });

    renderRoute(DETAIL_PATH);

    expect(await screen.findByRole('heading', { level: 1, name: HERLEV_NAME })).toBeVisible();
    expect(await screen.findByRole('heading', { level: 2, name: 'Formål' })).toBeVisible();
    await waitFor(() => expect(document.title).toBe(`${HERLEV_NAME} – Partnerskabsportalen`));
    expect(screen.getByText('Fornyet')).toBeInTheDocument();
    expect(screen.getByText('Din rolle: Medlem')).toBeInTheDocument();
    expect(screen.getByText('Mødes mindst 4 gange om året')).toBeInTheDocument();

    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Formål',
      'Bærende principper',
      'Parter og underskrivere',
      'Aftaleperioder',
      'Formandskab',
      'Indsatsområder',
      'Milepæle',
      'Forretningsorden',
      'Økonomi',
    ]);

    expect(within(section('Formål')).getAllByRole('listitem')).toHaveLength(2);
    expect(within(section('Bærende principper')).getByText('Synlighed')).toBeInTheDocument();

    const parties = section('Parter og underskrivere');
    expect(
      within(parties).getByRole('heading', { level: 3, name: 'Københavns Vestegns Politi' }),
    ).toBeInTheDocument();
    const politiSignatories = within(parties).getByRole('list', {
      name: 'Underskrivere for Københavns Vestegns Politi',
    });
    const [kim2013, harlev, kim2022] = within(politiSignatories).getAllByRole('listitem');
    expect(kim2013).toHaveTextContent(
      /^Kim Christiansen, Politidirektør \(aftaleperiode 2013–2015\)$/,
    );
    expect(harlev).toHaveTextContent(/^Jørgen Harlev, Politiinspektør$/);
    expect(kim2022).toHaveTextContent(
      /^Kim Christiansen, Politidirektør \(aftaleperiode 2022–2027\)$/,
    );
    expect(within(parties).getByText('Kommune · CVR-nr. 63640719')).toBeInTheDocument();
    expect(within(parties).getByText('Ingen underskrivere registreret.')).toBeInTheDocument();

    const terms = within(section('Aftaleperioder')).getByRole('table', { name: 'Aftaleperioder' });
    const termRows = within(terms).getAllByRole('row').slice(1);
    expect(termRows[0]).toHaveTextContent('1. september 2013 – 31. december 2015');
    expect(termRows[0]).toHaveTextContent('Første periode');
    expect(termRows[0]).toHaveTextContent('Ikke registreret');
    expect(termRows[0]).toHaveTextContent('Partnerskabet videreføres');
    expect(termRows[0]).toHaveTextContent('Demodata: første aftaleperiode');
    expect(termRows[1]).toHaveTextContent('1. januar 2022 – 31. december 2027');
    expect(termRows[1]).toHaveTextContent('Forlængelse');
    expect(termRows[1]).toHaveTextContent('15. december 2021');

    const chair = within(section('Formandskab')).getByRole('table', { name: 'Formandskab' });
    expect(within(chair).getAllByRole('row')[1]).toHaveTextContent(
      'Herlev Kommune1. september 201331. december 2014',
    );

    const focusAreas = within(section('Indsatsområder')).getAllByRole('listitem');
    expect(focusAreas[0]).toHaveAttribute('value', '1');
    expect(focusAreas[0]).toHaveTextContent('Anvendelse af risikoprofiler');
    expect(focusAreas[0]).not.toHaveTextContent('Udgået');
    expect(focusAreas[1]).toHaveTextContent('Systematik i brugen af indsatser');
    expect(focusAreas[1]).toHaveTextContent('Udgået');

    const milestones = within(section('Milepæle')).getAllByRole('listitem');
    expect(milestones[0]).toHaveTextContent('1. september 2013');
    expect(milestones[1]).toHaveTextContent('oktober 2016');
    expect(milestones[1]).not.toHaveTextContent('1. oktober 2016');

    expect(within(section('Økonomi')).getByText(/0,1 årsværk/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tilbage til mine partnerskaber' })).toHaveAttribute(
      'href',
      '/partnerskaber',
    );
  });

  it('shows free text as text, keeping line breaks and never rendering HTML', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership({
        description: '<b>Første linje</b>\n<img src=x onerror=alert(1)>',
        economyNotes: null,
      }),
    });

    renderRoute(DETAIL_PATH);

    const description = await screen.findByText(/Første linje/);
    expect(description).toHaveTextContent('<b>Første linje</b> <img src=x onerror=alert(1)>');
    expect(description.querySelector('b, img')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Økonomi' })).not.toBeInTheDocument();
  });

  it('shows the rules of procedure as formatted text, without anything unsafe', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership({
        rulesOfProcedure:
          '<h3>Møder</h3><p>Mindst <strong>fire</strong> møder.</p><img src=x onerror=alert(1)><script>alert(2)</script>',
      }),
    });

    renderRoute(DETAIL_PATH);

    const rules = await screen.findByRole('region', { name: 'Forretningsorden' });
    expect(within(rules).getByRole('heading', { level: 3, name: 'Møder' })).toBeVisible();
    expect(within(rules).getByText('fire').tagName).toBe('STRONG');
    expect(rules.querySelector('img, script')).toBeNull();
  });

  it('keeps the line breaks of rules of procedure written as plain text', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership(),
    });

    renderRoute(DETAIL_PATH);

    const rules = await screen.findByRole('region', { name: 'Forretningsorden' });
    const text = within(rules).getByText(/mindst fire gange årligt/);
    expect(text.textContent).toBe(
      'Partnerskabet mødes mindst fire gange årligt.\nDagsorden udsendes en uge før.',
    );
    expect(text).toHaveStyle({ whiteSpace: 'pre-line' });
  });

  it('says when sections are empty', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership({
        purposes: [],
        terms: [],
        chairPeriods: [],
        focusAreas: [],
        milestones: [],
        minMeetingsPerYear: 1,
        myRole: null,
      }),
    });

    renderRoute(DETAIL_PATH);

    expect(await screen.findByText('Der er ikke registreret noget formål.')).toBeInTheDocument();
    expect(screen.getByText('Der er ikke registreret nogen aftaleperioder.')).toBeInTheDocument();
    expect(screen.getByText('Mødes mindst 1 gang om året')).toBeInTheDocument();
    expect(screen.queryByText(/Din rolle/)).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says the partnership does not exist or is not accessible on a not-found problem', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: () => problem('not-found', 404),
    });

    renderRoute(DETAIL_PATH);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Partnerskabet blev ikke fundet' }),
    ).toBeVisible();
    expect(
      screen.getByText('Partnerskabet findes ikke, eller du har ikke adgang til det.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tilbage til mine partnerskaber' })).toBeVisible();
  });

  it('maps other problems to a message with the error reference and a retry button', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: () =>
        problem('internal', 500, { correlationId: 'c0ffee42' }),
    });

    renderRoute(DETAIL_PATH);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Der opstod en fejl hos os. Prøv igen om lidt.');
    expect(within(alert).getByText('Fejlreference: c0ffee42')).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Prøv igen' })).toBeVisible();
  });

  it('names the agreement period each signatory signed for, in English too', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership(),
    });
    await i18n.changeLanguage('en');

    renderRoute(DETAIL_PATH);

    const signatories = await screen.findByRole('list', {
      name: 'Signatories for Københavns Vestegns Politi',
    });
    const texts = within(signatories)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(texts).toEqual([
      'Kim Christiansen, Politidirektør (agreement period 2013–2015)',
      'Jørgen Harlev, Politiinspektør',
      'Kim Christiansen, Politidirektør (agreement period 2022–2027)',
    ]);
  });

  it('shows the not-found page for an id that is not a UUID, without asking the API', async () => {
    const { requests } = fakeApi({ 'GET /api/v1/me': me() });

    renderRoute('/partnerskaber/ikke-et-id');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Partnerskabet blev ikke fundet' }),
    ).toBeVisible();
    expect(
      screen.getByText('Partnerskabet findes ikke, eller du har ikke adgang til det.'),
    ).toBeInTheDocument();
    expect(document.title).toBe('Partnerskabet blev ikke fundet – Partnerskabsportalen');
    expect(requests.filter((request) => request.url.includes('/partnerships'))).toEqual([]);
  });

  it('shows the not-found page when the API rejects the id as malformed', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: () =>
        problem('validation-failed', 400, {
          violations: [{ field: 'id', in: 'path', message: 'must be a UUID' }],
        }),
    });

    renderRoute(DETAIL_PATH);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Partnerskabet blev ikke fundet' }),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/must be a UUID/)).not.toBeInTheDocument();
  });

  it('offers to log in again when the API no longer accepts the session', async () => {
    fakeApi({
      'GET /api/v1/me': me(),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: () => problem('unauthenticated', 401),
    });

    const { user } = renderRoute(DETAIL_PATH);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Du er ikke længere logget ind. Log ind igen for at fortsætte.',
    );
    expect(within(alert).getByRole('button', { name: 'Prøv igen' })).toBeVisible();

    await user.click(within(alert).getByRole('button', { name: 'Log ind igen' }));

    expect(login).toHaveBeenCalledTimes(1);
  });

  it('links back to all partnerships for a user who sees them all', async () => {
    fakeApi({
      'GET /api/v1/me': me({ roles: ['admin'], memberships: [] }),
      [`GET /api/v1/partnerships/${HERLEV_ID}`]: partnership({ myRole: null }),
    });

    renderRoute(DETAIL_PATH);

    expect(
      await screen.findByRole('link', { name: 'Tilbage til alle partnerskaber' }),
    ).toHaveAttribute('href', '/partnerskaber');
  });
});
