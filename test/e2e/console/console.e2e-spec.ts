import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_PATH, fitsWidth, launchChromium, screenshot, seriousAxeViolations } from '../../support/browser';
import { startConsoleStack, type ConsoleStack } from '../../support/console-stack';

/**
 * The console in a real Chromium on the demo data, one journey per user group: a case manager finds
 * Mayerlin's options and refers her to the bakery job; the bakery sees her among its candidates and moves
 * her placement on; an organiser uploads attendees (a bad file first), runs a shortlist and downloads the
 * CSV. Every main page passes axe-core's WCAG A/AA rules with no serious or critical violation.
 */
const describeWithChromium = CHROMIUM_PATH ? describe : describe.skip;
const NO_CHROMIUM = 'no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)';
// .ci/run installs chromium and sets REQUIRE_BROWSER_TESTS: there a missing browser fails instead of skipping.
if (!CHROMIUM_PATH && process.env.REQUIRE_BROWSER_TESTS) throw new Error(`console browser tests: ${NO_CHROMIUM}`);
// Visible in the test output: the only reason these tests do not run on a developer's machine.
if (!CHROMIUM_PATH) console.warn(`console browser tests SKIPPED: ${NO_CHROMIUM}`);

describeWithChromium('console in a browser (demo data)', () => {
  let stack: ConsoleStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startConsoleStack('console'), launchChromium()]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });

  afterEach(async () => {
    await context?.close();
  });

  // Expressions run in the page (strings: this program has no DOM types).
  const activeId = () => page.evaluate<string | undefined>('document.activeElement?.id');

  async function signIn(key: string): Promise<void> {
    await page.goto(`${stack.consoleUrl}/`);
    // Keyboard only: Tab reaches the key field, Enter submits.
    for (let i = 0; i < 6 && (await activeId()) !== 'api-key'; i++) await page.keyboard.press('Tab');
    expect(await activeId()).toBe('api-key');
    await page.keyboard.type(key);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Salir' }).waitFor();
    expect(page.url()).not.toContain(key);
  }

  async function expectAccessible(): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
  }

  it('sign-in: a bad key is refused, the key stays out of the URL and in sessionStorage only, English on request', async () => {
    await page.goto(`${stack.consoleUrl}/`);
    await expectAccessible();
    await screenshot(page, 'sign-in');
    await page.getByLabel('Clave API').fill('mk_000000000000_nope');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.getByRole('alert').getByText('La clave no es válida o fue revocada.').waitFor();
    await page.getByLabel('Idioma').selectOption('en');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Language').selectOption('es');
    await signIn(stack.keyOf('ngo'));
    const stored = await page.evaluate<{ session: string | null; local: string }>(`({ session: sessionStorage.getItem('console.session'), local: JSON.stringify(localStorage) })`);
    expect(stored.session).toContain(stack.keyOf('ngo'));
    expect(stored.local).not.toContain('mk_');

    // Keyboard: the first Tab reaches the skip link, shown with a visible focus outline; Enter puts focus on
    // the page's content, so the next Tab lands on its first link, past the menu.
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate<{ cls: string; outline: string; left: number }>(
      `(() => { const e = document.activeElement; const st = getComputedStyle(e); return { cls: e.className, outline: st.outlineStyle + ' ' + st.outlineWidth, left: e.getBoundingClientRect().left }; })()`,
    );
    expect(focused.cls).toBe('skip');
    expect(focused.outline).toBe('solid 3px');
    expect(focused.left).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await activeId()).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string | null>('document.activeElement.getAttribute("href")')).toBe('#/people/new');
  });

  it('case manager: finds Mayerlin, sees her ranked options with score bars, reasons and the "why not" list, and refers her', async () => {
    await signIn(stack.keyOf('ngo'));
    await page.getByRole('heading', { name: 'Personas de su organización' }).waitFor();
    await page.getByLabel('Buscar por nombre o región').fill('Mayerlin');
    await page.getByRole('heading', { name: 'Mayerlin Demo', exact: true }).waitFor();
    await expectAccessible();
    await screenshot(page, 'people');
    await page.getByRole('link', { name: /^Ver opciones — Mayerlin Demo$/ }).click();

    await page.getByRole('heading', { name: 'Opciones de Mayerlin Demo' }).waitFor();
    const bakeryJob = stack.demo.showcase.find((s) => s.name === 'BAKERY_JOB')!;
    const card = page.locator(`li.option[data-opportunity="${bakeryJob.id}"]`);
    await card.waitFor();
    expect(await card.locator('meter').count()).toBeGreaterThan(3);
    await card.getByText('Por qué').click();
    expect(await card.locator('details li').count()).toBeGreaterThan(0);

    await page.getByLabel('Mostrar las excluidas').check();
    await page.getByText(/\d+ abiertas: \d+ posibles, \d+ excluidas/).waitFor();
    expect(await page.locator('li.excluded').count()).toBeGreaterThan(0);
    // Reason codes in words (commute_too_long -> "Trayecto demasiado largo"), never the raw code.
    expect(await page.locator('li.excluded .tag.reason').count()).toBeGreaterThan(0);
    const reasonText = (await page.locator('.reason-counts').textContent()) + (await page.locator('.why-not .codes').allTextContents()).join(' ');
    expect(reasonText).not.toMatch(/[a-z]+_[a-z]+/);
    await expectAccessible();
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'options');
    await page.getByRole('heading', { name: 'Por qué no las demás' }).evaluate((h) => h.scrollIntoView());
    await screenshot(page, 'why-not');

    await card.getByRole('button', { name: 'Derivar' }).click();
    await card.getByRole('button', { name: 'Derivada' }).waitFor();
    const placements = await fetch(`${stack.vacancyUrl}/placements?profileId=${stack.idOf('MAYERLIN')}`, { headers: { Authorization: `Bearer ${stack.keyOf('ngo')}` } }).then((r) => r.json());
    expect(placements).toEqual(expect.arrayContaining([expect.objectContaining({ opportunityId: bakeryJob.id, status: 'referred' })]));

    // The pathway view names the vacancies a training opens, by title.
    await page.getByRole('heading', { name: 'Caminos: qué formación abre qué vacantes' }).waitFor();
    const pathways = page.locator('li.pathway');
    if ((await pathways.count()) > 0) await pathways.first().locator('li').filter({ hasNotText: '…' }).first().waitFor();
    console.log(`pathways shown for Mayerlin: ${await pathways.count()}`);

    // What if: her skills weigh more and she could travel two hours (a draft, never stored).
    await page.getByText('¿Y si…? (pesos y cambios de prueba)').click();
    await page.getByLabel('Habilidades', { exact: true }).fill('100');
    await page.getByLabel('Trayecto máximo (minutos)').fill('120');
    await page.getByRole('button', { name: 'Calcular' }).click();
    await page.getByRole('status').getByText(/Resultado: \d+ opciones/).waitFor({ timeout: 60_000 });
    expect(await page.locator('.what-if-results li').count()).toBeGreaterThan(0);
    await page.getByText(/Pesos usados: .*Habilidades \d/).waitFor();
    await expectAccessible();
    await page.locator('details.what-if').evaluate((d) => d.scrollIntoView());
    await screenshot(page, 'what-if');
    const stillStored = (await fetch(`${stack.profileUrl}/profiles/${stack.idOf('MAYERLIN')}`, { headers: { Authorization: `Bearer ${stack.keyOf('ngo')}` } }).then((r) => r.json())) as { transport: { maxCommuteMinutes: number } };
    expect(stillStored.transport.maxCommuteMinutes).not.toBe(120);

    // Phone width: one column, nothing to scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await fitsWidth(page)).toBe(true);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'options-phone');
  });

  it('case manager: creates a profile with an ESCO skill picked by keyboard, the week picker and consent, then edits it', async () => {
    await signIn(stack.keyOf('ngo'));
    await page.getByRole('link', { name: 'Nueva persona' }).click();
    await page.getByRole('heading', { name: 'Nueva persona' }).waitFor();
    await page.getByLabel('Nombre', { exact: true }).fill('Ana Prueba');
    const skill = page.getByRole('combobox', { name: 'Añadir habilidad (ESCO)' });
    await skill.fill('hornear');
    await page.getByRole('listbox', { name: 'Añadir habilidad (ESCO)' }).getByRole('option').first().waitFor();
    await skill.press('Enter');
    await page.locator('.entry-name', { hasText: /hornear/i }).waitFor();
    await page.getByLabel('Disponibilidad: Lun, Mañana').check();
    await page.getByLabel('Disponibilidad: Mar, Mañana').check();
    await page.getByLabel('Visible para empleadores (contacto oculto)').check();
    await page.getByLabel('Dispositivo').selectOption('smartphone');
    await page.getByLabel('Conexión').selectOption('mobile_data');
    await page.getByLabel('Movilidad reducida').selectOption('true');
    await page.getByLabel('Necesita ingresos durante la formación').selectOption('true');
    await page.getByLabel('Puede empezar desde').fill('2026-02-02');
    await page.getByLabel('Camino preferido').selectOption('training');
    await expectAccessible();
    await screenshot(page, 'profile-new', { fullPage: true });
    await page.getByRole('button', { name: 'Guardar' }).click();

    await page.getByRole('heading', { name: 'Opciones de Ana Prueba' }).waitFor();
    const id = page.url().split('#/people/')[1]!;
    const stored = (await fetch(`${stack.profileUrl}/profiles/${id}`, { headers: { Authorization: `Bearer ${stack.keyOf('ngo')}` } }).then((r) => r.json())) as {
      skills: Array<{ concept?: string }>;
      availability: { hours: Record<string, number[]> };
      consent: { scopes: string[] };
      [section: string]: unknown;
    };
    expect(stored.skills[0]!.concept).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(stored.availability.hours.mon).toEqual([6, 7, 8, 9, 10, 11]);
    expect(stored.consent.scopes.sort()).toEqual(['matching', 'visible_to_employers']);
    expect(stored).toMatchObject({ digitalAccess: { device: 'smartphone', connectivity: 'mobile_data' }, limitedMobility: true, needsIncomeDuringTraining: true, earliestStart: '2026-02-02', aspirations: { preferredPathway: 'training' } });

    await page.getByRole('link', { name: 'Editar perfil' }).click();
    await page.getByLabel('Teléfono').fill('+593 99 000 9999');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('status').getByText('Guardado.').waitFor();
    const edited = (await fetch(`${stack.profileUrl}/profiles/${id}`, { headers: { Authorization: `Bearer ${stack.keyOf('ngo')}` } }).then((r) => r.json())) as { personal: { phone: string }; availability: { hours: Record<string, number[]> } };
    expect(edited.personal.phone).toBe('+593 99 000 9999');
    expect(edited.availability.hours.mon).toEqual([6, 7, 8, 9, 10, 11]);
  });

  it('case manager: the restricted record on its own page, with the audit note and field errors', async () => {
    const id = stack.idOf('MAYERLIN');
    const ngo = { Authorization: `Bearer ${stack.keyOf('ngo')}`, 'Content-Type': 'application/json' };
    const original = await fetch(`${stack.profileUrl}/profiles/${id}/restricted`, { headers: ngo });
    const before = original.ok ? ((await original.json()) as Record<string, unknown>) : null;
    await signIn(stack.keyOf('ngo'));
    await page.goto(`${stack.consoleUrl}/#/people/${id}`);
    await page.getByRole('link', { name: 'Registro restringido' }).click();
    await page.getByRole('heading', { name: 'Registro restringido de Mayerlin Demo' }).waitFor();
    await page.getByRole('note').getByText(/registro de auditoría/).waitFor();
    await page.getByLabel('Tipo de autorización').selectOption('refugee');
    await page.getByLabel('Nacionalidad (código de país)').fill('Venezuela');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.locator('#r-nationality-error').waitFor();
    expect(await page.getByLabel('Nacionalidad (código de país)').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible();
    await screenshot(page, 'restricted', { fullPage: true });
    await page.getByLabel('Nacionalidad (código de país)').fill('VE');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('status').getByText(/Registro guardado/).waitFor();
    const record = (await fetch(`${stack.profileUrl}/profiles/${id}/restricted`, { headers: { Authorization: `Bearer ${stack.keyOf('ngo')}` } }).then((r) => r.json())) as { authorisationKind: string; nationality: string };
    expect(record).toMatchObject({ authorisationKind: 'refugee', nationality: 'VE' });
    // Her record back as it was, for the employer's journey that follows.
    if (before) {
      const body = Object.fromEntries(Object.entries(before).filter(([k, v]) => v !== null && k !== 'profileId' && k !== 'updatedAt'));
      expect((await fetch(`${stack.profileUrl}/profiles/${id}/restricted`, { method: 'PUT', headers: ngo, body: JSON.stringify(body) })).status).toBe(200);
    }
  });

  it('employer: sees Mayerlin (referred, so unmasked) among the ranked candidates and moves her to interview', async () => {
    await signIn(stack.keyOf('bakery'));
    await page.getByRole('heading', { name: 'Ofertas de su organización' }).waitFor();
    const bakeryJob = stack.demo.showcase.find((s) => s.name === 'BAKERY_JOB')!;
    await expectAccessible();
    await screenshot(page, 'opportunities');
    await page.locator(`a[href="#/opportunities/${bakeryJob.id}"]`).click();

    await page.getByRole('heading', { name: `Candidaturas para ${bakeryJob.label}` }).waitFor();
    const row = page.getByRole('row', { name: /Mayerlin Demo/ });
    await row.getByText('Derivada').waitFor();
    await page.locator('li.candidate').first().waitFor();
    expect(await page.locator('li.candidate').count()).toBeGreaterThan(1);
    await page.locator('li.candidate', { hasText: 'Mayerlin Demo' }).waitFor();
    expect(await page.getByText('Contacto oculto hasta la derivación').count()).toBeGreaterThan(0);
    await expectAccessible();
    await screenshot(page, 'candidates');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await fitsWidth(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });

    await row.getByLabel(/Pasar a/).selectOption('interview');
    await row.getByRole('button', { name: 'Mover' }).click();
    await page.getByRole('row', { name: /Mayerlin Demo/ }).getByText('Entrevista', { exact: true }).waitFor();
    // The programme figures follow the move.
    await page.getByRole('heading', { name: 'Cifras del programa' }).waitFor();
    await page.getByLabel('Por estado').getByText('Entrevista: 1').waitFor();
  });

  it('employer: posts an opportunity with an occupation and a language minimum (a bad region shown at its field), edits it, and imports a schema.org JobPosting', async () => {
    const bakery = { Authorization: `Bearer ${stack.keyOf('bakery')}` };
    await signIn(stack.keyOf('bakery'));
    await page.getByRole('link', { name: 'Nueva oferta' }).click();
    await page.getByRole('heading', { name: 'Nueva oferta' }).waitFor();
    await page.getByLabel('Título').fill('Ayudante de panadería (prueba)');
    await page.getByLabel('Código de región').fill('Quito Sur');
    await page.getByLabel('Plazas (vacantes o cupos)').fill('3');
    const skill = page.getByRole('combobox', { name: 'Añadir habilidad imprescindible (ESCO)' });
    await skill.fill('hornear');
    await page.getByRole('listbox', { name: 'Añadir habilidad imprescindible (ESCO)' }).getByRole('option').first().waitFor();
    await skill.press('Enter');
    await page.locator('.entry-name', { hasText: /hornear/i }).waitFor();
    // The occupation through the ESCO autocomplete, like the skills; a soft B2 Spanish minimum.
    const occupation = page.getByRole('combobox', { name: 'Buscar la ocupación en ESCO' });
    await occupation.fill('panadero');
    await page.getByRole('listbox', { name: 'Buscar la ocupación en ESCO' }).getByRole('option').first().waitFor();
    await occupation.press('Enter');
    await page.locator('#o-occupation-current strong', { hasText: /panader/i }).waitFor();
    await page.getByRole('button', { name: 'Añadir idioma mínimo' }).click();
    await page.getByLabel('Nivel mínimo MCER (es)').selectOption('B2');
    await page.getByLabel('Tipo de mínimo (es)').selectOption('soft');
    await page.getByLabel('Horario: Lun, Mañana').check();
    await page.getByLabel('Cuidado infantil en el lugar').check();
    await page.getByRole('button', { name: 'Guardar' }).click();
    // The 400's detail (location.regionCode) stands next to the region field, which says it is invalid.
    await page.locator('#o-location-error').getByText(/region code/).waitFor();
    expect(await page.getByLabel('Código de región').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Código de región').getAttribute('aria-describedby')).toBe('o-location-error');
    await page.getByRole('alert').getByText(/Revise los campos marcados/).waitFor();
    await expectAccessible();
    await screenshot(page, 'opportunity-edit', { fullPage: true });

    await page.getByLabel('Código de región').fill('EC-P');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('heading', { name: 'Ofertas de su organización' }).waitFor();
    await page.getByRole('row', { name: /Ayudante de panadería \(prueba\)/ }).waitFor();
    const mine = (await fetch(`${stack.vacancyUrl}/opportunities?organisationId=${stack.demo.keys.find((k) => k.orgKey === 'bakery')!.organisationId}&limit=200`, { headers: bakery }).then((r) => r.json())) as {
      items: Array<{
        id: string;
        title: string;
        capacity: number;
        schedule: Record<string, number[]>;
        supports: { childcareOnSite: boolean };
        essentialSkills: Array<{ uri?: string }>;
        occupation: { escoUri?: string; label?: string } | null;
        languageMinimums: Array<{ tag: string; level: string; hard: boolean }>;
      }>;
    };
    const posted = mine.items.find((o) => o.title === 'Ayudante de panadería (prueba)')!;
    expect(posted).toMatchObject({ capacity: 3, supports: expect.objectContaining({ childcareOnSite: true }) });
    expect(posted.schedule.mon).toEqual([6, 7, 8, 9, 10, 11]);
    expect(posted.essentialSkills[0]!.uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(posted.occupation?.escoUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
    expect(posted.languageMinimums).toEqual([{ tag: 'es', level: 'B2', hard: false }]);

    await page.getByRole('link', { name: 'Editar — Ayudante de panadería (prueba)' }).click();
    await page.getByRole('heading', { name: 'Editar oferta' }).waitFor();
    await page.locator('#o-occupation-current strong', { hasText: /panader/i }).waitFor();
    await page.getByLabel('Plazas (vacantes o cupos)').fill('5');
    // The stored minimum made hard; the occupation, untouched, is not sent and stays.
    await page.getByLabel('Tipo de mínimo (es)').selectOption('hard');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('status').getByText('Oferta guardada.').waitFor();
    const edited = (await fetch(`${stack.vacancyUrl}/opportunities/${posted.id}`, { headers: bakery }).then((r) => r.json())) as {
      capacity: number;
      schedule: Record<string, number[]>;
      occupation: unknown;
      languageMinimums: unknown;
    };
    expect(edited.capacity).toBe(5);
    expect(edited.schedule.mon).toEqual([6, 7, 8, 9, 10, 11]);
    expect(edited.occupation).toEqual(posted.occupation);
    expect(edited.languageMinimums).toEqual([{ tag: 'es', level: 'B2', hard: true }]);

    await page.getByRole('link', { name: /Volver/ }).click();
    await page.getByLabel('Archivo JSON-LD').setInputFiles('test/fixtures/schemaorg/warehouse-jobposting.jsonld');
    await page.getByRole('button', { name: 'Importar' }).click();
    await page.getByRole('status').getByText(/Elemento 1 \(logistica-andina:WH-2031\): creada/).waitFor();
    await page.getByRole('row', { name: /Auxiliar de bodega/ }).waitFor();
    await expectAccessible();
  });

  it('organiser: creates a fair, sees row-level errors of a bad CSV, uploads attendees, runs a shortlist (attendees by name) and downloads the CSV, then reopens it', async () => {
    // The attendees: people who consent to matching and to being seen by employers (a fair interview needs both).
    const people = (await fetch(`${stack.profileUrl}/profiles?consent=visible_to_employers&limit=60`, { headers: { Authorization: `Bearer ${stack.keyOf('ngo')}` } }).then((r) => r.json())) as { items: Array<{ id: string; consent: { scopes: string[] } }> };
    const attendees: string[] = people.items.filter((p) => p.consent.scopes.includes('matching')).map((p) => p.id).slice(0, 40);
    expect(attendees.length).toBeGreaterThan(10);
    const jobs = ['BAKERY_JOB', 'BAKERY_CHILDCARE_JOB', 'PHARMACY_JOB'].map((n) => stack.idOf(n));

    await signIn(stack.keyOf('fair'));
    await page.getByRole('heading', { name: 'Ferias de empleo' }).waitFor();
    await page.getByText('Su organización aún no tiene ferias.').waitFor();
    await page.getByLabel('Nombre de la feria').fill('Feria de prueba Quito Sur');
    await page.getByLabel('Fecha').fill('2026-05-14');
    await page.getByRole('button', { name: 'Crear' }).click();
    // The new fair opens on its own page.
    await page.getByRole('heading', { name: 'Feria de prueba Quito Sur' }).waitFor();
    await page.getByRole('status').getByText(/Feria creada: Feria de prueba Quito Sur \(14 may 2026\)/).waitFor();
    const fairId = page.url().split('#/fairs/')[1]!.split('?')[0]!;

    const upload = async (csv: string) => page.getByLabel('Asistentes (CSV con columna profile_id)').setInputFiles({ name: 'asistentes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await upload(`profile_id\n${attendees[0]}\nnot-a-uuid\n`);
    await page.getByRole('button', { name: 'Subir' }).click();
    await page.getByRole('alert').getByText(/line\.3\.profile_id/).waitFor();
    await upload(`profile_id\n${attendees.join('\n')}\n`);
    await page.getByRole('button', { name: 'Subir' }).click();
    await page.getByText(`${attendees.length} registradas, 0 ya estaban; ${attendees.length} en total`).waitFor();
    await page.locator('.fair-summary', { hasText: `${attendees.length} asistentes · 0 ofertas` }).waitFor();

    await page.getByLabel(/Ofertas de la feria/).fill(jobs.map((id) => `${id},4`).join('\n'));
    await page.getByRole('button', { name: 'Añadir ofertas' }).click();
    await page.getByText('3 ofertas en la feria').waitFor();

    await page.getByText('Aún no se ha calculado ninguna preselección para esta feria.').waitFor();
    await page.getByRole('button', { name: 'Calcular preselección' }).click();
    await page.locator('progress#shortlist-progress').waitFor();
    await page.getByText(/Progreso: Lista/).waitFor({ timeout: 60_000 });
    expect(await page.locator('progress#shortlist-progress').getAttribute('value')).toBe('100');
    await page.getByText(/\d+ entrevistas, \d+ personas con al menos una/).waitFor();
    expect(await page.locator('.schedule table').count()).toBe(3);
    await page.getByRole('table', { name: 'Horario por persona' }).waitFor();
    // Attendees by the names their case managers recorded (the API's displayName), not by ids.
    const fair = { Authorization: `Bearer ${stack.keyOf('fair')}` };
    const [earlier] = ((await fetch(`${stack.vacancyUrl}/fairs/${fairId}/shortlists`, { headers: fair }).then((r) => r.json())) as { items: Array<{ id: string; state: string }> }).items;
    expect(earlier).toMatchObject({ state: 'done' });
    const results = (await fetch(`${stack.vacancyUrl}/shortlists/${earlier!.id}/results.json`, { headers: fair }).then((r) => r.json())) as {
      attendees: Array<{ profileId: string; displayName: string | null }>;
    };
    const named = results.attendees.filter((a) => a.displayName);
    expect(named.length).toBe(results.attendees.length);
    const perAttendee = page.getByRole('table', { name: 'Horario por persona' });
    for (const a of named.slice(0, 3)) await perAttendee.getByRole('rowheader', { name: a.displayName!, exact: true }).waitFor();
    expect(await page.locator('.schedule code').count()).toBe(0);
    expect(await perAttendee.locator('code').count()).toBe(0);
    await page.getByRole('table', { name: 'Preselecciones ya calculadas (la más reciente primero)' }).getByRole('row', { name: /Primero llegar a todos.*Lista/ }).waitFor();
    await page.getByRole('heading', { name: /Auditoría de equidad/ }).waitFor();
    // Groups in words (Femenino, Venezuela, Otras), never the codes (female, VE, other); the note in Spanish.
    const groups = await page.locator('.fairness dt').allTextContents();
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g).not.toMatch(/^([a-z_]+|[A-Z]{2})$/);
    await page.locator('.fairness').getByText(/nunca entran en la puntuación/).waitFor();
    await expectAccessible();
    await screenshot(page, 'fair-shortlist', { fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/opportunity/i);
    expect(csv).toContain(jobs[0]);

    // Phone width: the fair page (schedule tables scroll inside their box).
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await fitsWidth(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Coming back in a new session: the fair is in the organisation's list (GET /fairs), not only in this tab.
    await page.getByRole('button', { name: 'Salir' }).click();
    await signIn(stack.keyOf('fair'));
    await page.getByRole('heading', { name: 'Ferias de su organización' }).waitFor();
    const row = page.getByRole('row', { name: /Feria de prueba Quito Sur/ });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(['14 may 2026', '09:00', 'EC-P', String(attendees.length), '3']);
    await expectAccessible();
    await screenshot(page, 'fairs');
    await row.getByRole('link', { name: 'Feria de prueba Quito Sur' }).click();
    await page.getByRole('heading', { name: 'Feria de prueba Quito Sur' }).waitFor();
    expect(page.url()).toContain(`#/fairs/${fairId}`);
    await page.locator('.fair-summary', { hasText: `${attendees.length} asistentes · 3 ofertas` }).waitFor();
    // The earlier shortlist opens without running it again: its schedule with names, the audit, the CSV.
    const earlierRow = page.getByRole('table', { name: 'Preselecciones ya calculadas (la más reciente primero)' }).getByRole('row', { name: /Lista/ });
    await earlierRow.getByRole('button', { name: /Abrir la preselección del/ }).click();
    await page.getByText(/Progreso: Lista/).waitFor();
    await page.getByText(/\d+ entrevistas, \d+ personas con al menos una/).waitFor();
    expect(await page.locator('.schedule table').count()).toBe(3);
    await page.getByRole('table', { name: 'Horario por persona' }).getByRole('rowheader', { name: named[0]!.displayName!, exact: true }).waitFor();
    await page.getByRole('heading', { name: /Auditoría de equidad/ }).waitFor();
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar CSV' }).click()]);
    expect(readFileSync((await again.path())!, 'utf8')).toBe(csv);
    const after = (await fetch(`${stack.vacancyUrl}/fairs/${fairId}/shortlists`, { headers: fair }).then((r) => r.json())) as { items: Array<{ id: string }> };
    expect(after.items.map((i) => i.id)).toEqual([earlier!.id]);
    await expectAccessible();
    await screenshot(page, 'fair-reopened', { fullPage: true });
  });
});
