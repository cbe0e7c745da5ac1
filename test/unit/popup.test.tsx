// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../src/popup/App.tsx';
import { InventoryView, formatLifetime, visibleCookies } from '../../src/popup/InventoryView.tsx';
import { FindingsView } from '../../src/popup/FindingsView.tsx';
import { BannerView } from '../../src/popup/BannerView.tsx';
import type { PopupApi } from '../../src/popup/api.ts';
import type { AuditStatus } from '../../src/shared/messages.ts';
import type { Report } from '../../src/report/types.ts';
import { audit } from '../../src/audit/audit.ts';
import { recordRequest, recordScan, recordSetCookieHeaders, recordStorage, recordStoreCookie } from '../../src/background/record.ts';
import { reportToHtml } from '../../src/report/html.ts';
import { T0, TEST_CONTEXT, visit } from '../helpers/inventory.ts';

const XSS = '<img src=x onerror=alert(1)>';
// A cookie name cannot hold '=' (it ends the name), so hostile markup in a name looks like this.
const SCRIPT = '<script>alert(1)</script>';

function report() {
  const inv = visit();
  recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['ent_prefs=fr; Max-Age=63072000', 'oneSessionId=x; HttpOnly', `${XSS}=1; Max-Age=60`], T0);
  recordSetCookieHeaders(inv, 'https://video.tube-demo.com/e', ['V=1; Max-Age=86400; Secure; SameSite=None; Partitioned'], T0);
  recordRequest(inv, 'https://video.tube-demo.com/e', 'sub_frame', T0);
  recordScan(inv, { url: 'https://ent.lycee-demo.fr/', title: `Accueil ${XSS}`, hasPasswordField: false, roleHint: 'other', links: [{ text: XSS, href: 'https://ent.lycee-demo.fr/x', inFooter: true, inShadowDom: true, hidden: false }], truncated: false }, T0);
  recordStorage(inv, 'https://ent.lycee-demo.fr/', [{ area: 'localStorage', key: XSS }], T0);
  return audit(inv, TEST_CONTEXT);
}

afterEach(cleanup);

describe('AuditPath', () => {
  it('ends in « Audit complet » once the five steps were seen, a page shown again included', async () => {
    const { AuditPath } = await import('../../src/popup/AuditPath.tsx');
    const coverage = { home: 'https://e/', login: 'https://e/login', portal: 'https://e/portail', notice: 'https://e/rgpd', loginEntry: null };
    const { container } = render(<AuditPath report={{ coverage, links: [], pages: [{ url: 'https://e/' }, { url: 'https://e/login' }, { url: 'https://e/' }] as Report['pages'] }} onOpen={() => undefined} canNavigate />);
    expect(container.querySelector('[data-step="revisit"]')!.className).toBe('seen');
    expect(container.querySelector('#audit-complete')!.textContent).toBe('Audit complet : tout le parcours a été vu.');
    expect(container.querySelectorAll('#audit-path button')).toHaveLength(0);
  });

  it('offers to open each missing step the site gives a way to, and only while the tab is observed', async () => {
    const { AuditPath } = await import('../../src/popup/AuditPath.tsx');
    const coverage = { home: null, login: null, portal: null, notice: null, loginEntry: null };
    const notice = { text: 'Données personnelles', href: 'https://e/rgpd', category: 'privacy', dead: false } as Report['links'][number];
    const opened: string[] = [];
    const r = { coverage, links: [notice], pages: [{ url: 'https://e/a' }] as Report['pages'] };
    const { container } = render(<AuditPath report={r} onOpen={(s) => void opened.push(s)} canNavigate />);
    // No login link was seen: no button for it; the page after login is the person's own step.
    expect([...container.querySelectorAll('#audit-path button')].map((b) => b.id)).toEqual(['open-home', 'open-notice', 'open-revisit']);
    expect(container.querySelector('[data-step="portal"]')!.textContent).toContain('connectez-vous');
    for (const b of container.querySelectorAll('#audit-path button')) fireEvent.click(b);
    expect(opened).toEqual(['home', 'notice', 'revisit']);
    cleanup();
    // A dead notice link opens nothing; a tab no longer observed offers nothing.
    const dead = render(<AuditPath report={{ ...r, links: [{ ...notice, dead: true }] }} onOpen={() => undefined} canNavigate />);
    expect(dead.container.querySelector('#open-notice')).toBeNull();
    cleanup();
    const off = render(<AuditPath report={r} onOpen={() => undefined} canNavigate={false} />);
    expect(off.container.querySelectorAll('#audit-path button')).toHaveLength(0);
    cleanup();
    // The page in the tab may not carry the link seen elsewhere: said plainly, nothing else happens.
    const none = render(<AuditPath report={r} onOpen={async () => false} canNavigate />);
    fireEvent.click(none.container.querySelector('#open-notice')!);
    await waitFor(() => expect(none.container.querySelector('[data-step="notice"] #open-step-failed')).not.toBeNull());
  });
});

describe('BannerView', () => {
  it('shows the CMP, the missing reject button, the clicks to refuse, the way back and the default choice lifetime', () => {
    const inv = visit();
    const c = (role: 'accept' | 'settings', text: string) => ({ role, text: `${text}${XSS}`, selector: null, kind: 'button' as const, visible: true, width: 100, height: 30, fontSize: 14, contrast: 7, filled: true });
    recordScan(
      inv,
      { url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'home', links: [], truncated: false, banner: { cmp: 'tarteaucitron', cmpsPresent: ['tarteaucitron'], source: 'signature', visible: true, selector: '#x', text: 'cookies', impliedConsent: false, controls: [c('accept', 'Tout accepter'), c('settings', 'Personnaliser')], rejectSecondLayer: true }, manage: [{ text: XSS, selector: null, source: 'vocabulary', visible: true }] },
      T0,
    );
    const { container } = render(<BannerView report={audit(inv, TEST_CONTEXT)} />);
    expect(container.querySelector('#banner-cmp')!.textContent).toBe('tarteaucitron.js');
    expect(container.querySelector('[data-button="reject"]')!.className).toBe('missing');
    expect(container.querySelector('[data-button="reject"]')!.textContent).toContain('✗');
    expect(container.querySelector('#banner-clicks')!.textContent).toBe('Refuser : 2 clic(s)');
    expect(container.querySelector('#banner-manage')!.textContent).toBe(`Pour changer d'avis : « ${XSS} »`);
    expect(container.querySelector('#banner-storage')!.textContent).toBe('Choix conservé dans « tarteaucitron » : 365 j par défaut (non observé)');
    expect(container.querySelector('img')).toBeNull();
  });

  it('lets the person say they clicked « Tout refuser » when the banner has a reject button, never clicking itself', () => {
    const inv = visit();
    const c = (role: 'accept' | 'reject', text: string) => ({ role, text, selector: null, kind: 'button' as const, visible: true, width: 100, height: 30, fontSize: 14, contrast: 7, filled: true });
    recordScan(inv, { url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'home', links: [], truncated: false, banner: { cmp: 'tarteaucitron', cmpsPresent: ['tarteaucitron'], source: 'signature', visible: true, selector: '#x', text: 'cookies', impliedConsent: false, controls: [c('accept', 'Tout accepter'), c('reject', 'Tout refuser')], rejectSecondLayer: false }, manage: [] }, T0);
    const onMark = vi.fn();
    const { container } = render(<BannerView report={audit(inv, TEST_CONTEXT)} onMarkRefusal={onMark} />);
    fireEvent.click(container.querySelector('#mark-refusal button')!);
    expect(onMark).toHaveBeenCalledTimes(1);
    expect(container.querySelector('#mark-refusal')!.textContent).toMatch(/ne clique jamais/);
    cleanup();
    // Not offered when the tab is not under audit.
    expect(render(<BannerView report={audit(inv, TEST_CONTEXT)} />).container.querySelector('#mark-refusal')).toBeNull();
  });

  it('says so when no banner was found', () => {
    const inv = visit();
    recordScan(inv, { url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'home', links: [], truncated: false, banner: null, manage: [] }, T0);
    const { container } = render(<BannerView report={audit(inv, TEST_CONTEXT)} />);
    expect(container.querySelector('#banner')!.textContent).toContain('Aucun bandeau de consentement détecté');
  });
});

describe('InventoryView', () => {
  it('shows counts, one row per cookie, and declared / stored lifetimes', () => {
    const r = report();
    const { container } = render(<InventoryView report={r} />);
    expect(container.querySelector('#site')!.textContent).toBe('lycee-demo.fr');
    expect(container.querySelector('#count-cookies')!.textContent).toBe('4');
    expect(container.querySelector('#count-third-party-cookies')!.textContent).toBe('1');
    expect(container.querySelectorAll('#cookies tbody tr')).toHaveLength(4);
    expect(container.querySelector('tr[data-cookie="ent_prefs"] .lifetime')!.textContent).toBe('730 j / —');
    expect(container.querySelector('tr[data-cookie="ent_prefs"]')!.className).toBe('long');
    expect(container.querySelector('tr[data-cookie="oneSessionId"] .lifetime')!.textContent).toBe('session');
    // Technical details (partition, how it was set) on request only.
    expect(container.querySelector('tr[data-cookie="V"]')!.textContent).not.toContain('(partitionné)');
    expect(container.querySelectorAll('#cookies thead th')).toHaveLength(5);
    fireEvent.click(container.querySelector('#technical-details')!);
    expect(container.querySelector('tr[data-cookie="V"]')!.textContent).toContain('(partitionné)');
    expect(container.querySelectorAll('#cookies thead th')).toHaveLength(6);
    expect(container.querySelector('#cookies thead th[title]:last-child')!.getAttribute('title')).toMatch(/Set-Cookie/);
    expect(screen.getByText('(shadow DOM)')).toBeTruthy();
  });

  it('renders hostile names, titles, link texts and storage keys as text, never as markup', () => {
    const { container } = render(<InventoryView report={report()} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(XSS);
    expect(container.querySelectorAll('[onerror]')).toHaveLength(0);
  });
});

describe('FindingsView', () => {
  const withGa = () => {
    const inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['_ga=GA1.1.1.1; Max-Age=63072000; Path=/', `${SCRIPT}=1`], T0);
    return audit(inv, TEST_CONTEXT);
  };

  it('opens on one sentence of conclusion, then the demands, most serious first, then the checks to make, the rest folded; the counts as the JSON says', () => {
    const r = withGa();
    const { container } = render(<FindingsView report={r} lang="fr" />);
    for (const s of ['fail', 'warn', 'manual', 'pass'] as const) {
      expect(container.querySelector(`#count-${s}`)!.textContent).toBe(String(r.findings.filter((f) => f.status === s).length));
    }
    const headline = container.querySelector('#findings-title')!;
    expect(headline.className).toContain('tone-fail');
    expect(headline.textContent).toMatch(/^\d+ points? à corriger sur lycee-demo\.fr/);
    // Order on the page: headline, demands, checks to make, then the folded rest.
    const text = container.textContent!;
    const at = (s: string) => text.indexOf(s);
    expect(at('À demander à votre éditeur ou à votre collectivité')).toBeGreaterThan(at(headline.textContent!));
    const checks = container.querySelector('#manual-checks h3')!;
    expect(checks.textContent).toBe('À vérifier vous-même');
    expect(at('À demander à votre éditeur')).toBeLessThan(text.indexOf('À vérifier vous-même', at('À demander à votre éditeur')));
    expect(at('Aucun manquement observé (')).toBeGreaterThan(text.lastIndexOf('À vérifier vous-même'));
    expect(container.querySelector('details#passed')!.hasAttribute('open')).toBe(false);
    // Each demand is a distinct action, failing ones first; it opens on the findings that prove it.
    const demands = [...container.querySelectorAll('#demands li.demand')];
    expect(demands.length).toBe(new Set(r.findings.filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => f.fix)).size);
    expect(demands[0]!.className).toContain('status-fail');
    const lifetime = container.querySelector('#demands [data-rule="cookies.audience-lifetime"]')!;
    expect(lifetime.textContent).toContain('« _ga » vit 730 jours : plus de 13 mois');
    // The texts applied are cited once for the report, numbered; a finding carries their numbers.
    const cited = [...lifetime.querySelectorAll('a.ref')].map((a) => a.getAttribute('href')!);
    expect(cited.length).toBe(r.findings.find((f) => f.rule === 'cookies.audience-lifetime')!.references.length);
    expect(cited.map((h) => container.querySelector(h)!.textContent).join(' ')).toContain('Kit juridique ENT');
    expect(lifetime.textContent).not.toContain('Kit juridique ENT');
    const texts = [...container.querySelectorAll('#references li')].map((li) => li.textContent);
    expect(texts.length).toBe(new Set(texts).size);
    expect([...texts].sort()).toEqual([...new Set(r.findings.filter((f) => f.status !== 'na').flatMap((f) => f.references))].sort());
    // Every finding but the not-applicable ones is shown once.
    expect(container.querySelectorAll('li.finding').length).toBe(r.findings.filter((f) => f.status !== 'na').length);
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain(SCRIPT);
  });

  it('shows the English text to an English reader', () => {
    const { container } = render(<FindingsView report={withGa()} lang="en" />);
    expect(container.querySelector('[data-rule="cookies.audience-lifetime"]')!.textContent).toContain('"_ga" lives 730 days: more than 13 months');
  });
});

describe('the picture of lifetimes and the cookie table', () => {
  it('draws one bar per cookie with an expiry, long ones marked, against the 13-month line', () => {
    const { container } = render(<InventoryView report={report()} />);
    const bars = [...container.querySelectorAll('#lifetime-chart g.bar')];
    // The hostile cookie is named "<img src" (a name ends at "="): drawn as text.
    expect(bars.map((b) => b.getAttribute('data-cookie'))).toEqual(['ent_prefs', 'V', '<img src']);
    expect(bars[0]!.getAttribute('class')).toBe('bar long');
    expect(bars[1]!.getAttribute('class')).toBe('bar');
    expect(container.querySelector('#lifetime-chart .limit-label')!.textContent).toBe("13 mois : limite des cookies de mesure d'audience exemptés");
    expect(container.querySelector('#lifetime-chart img')).toBeNull();
    // Each bar carries its value, and the legend names every colour (the long ones too).
    expect(bars[0]!.querySelector('text.value')!.textContent).toBe('730 j');
    expect([...container.querySelectorAll('.legend .swatch')].map((x) => x.className)).toEqual(['swatch declared', 'swatch stored', 'swatch long-declared', 'swatch long-stored']);
    expect(container.querySelector('.legend')!.textContent).toContain('plus de 13 mois');
  });

  it('filters by text and category, and sorts', () => {
    const r = report();
    expect(visibleCookies(r.cookies, 'PREFS', '', 'name').map((c) => c.name)).toEqual(['ent_prefs']);
    expect(visibleCookies(r.cookies, '', 'unknown', 'lifetime').map((c) => c.name)[0]).toBe('ent_prefs');
    expect(visibleCookies(r.cookies, '', '', 'name').map((c) => c.name)).toEqual(['<img src', 'ent_prefs', 'oneSessionId', 'V']);
    const { container } = render(<InventoryView report={r} />);
    fireEvent.input(container.querySelector('#cookie-filter')!, { target: { value: 'tube' } });
    expect([...container.querySelectorAll('#cookies tbody tr')].map((tr) => tr.getAttribute('data-cookie'))).toEqual(['V']);
  });
});

describe('formatLifetime', () => {
  it('reads short lifetimes in minutes or hours, long ones in days', () => {
    expect(formatLifetime(null)).toBe('—');
    expect(formatLifetime(30 / 1440)).toBe('30 min');
    expect(formatLifetime(0.0001)).toBe('1 min');
    expect(formatLifetime(0.5)).toBe('12 h');
    expect(formatLifetime(393.2)).toBe('393 j');
  });
});

describe('App', () => {
  const status = (over: Partial<AuditStatus> = {}): AuditStatus => ({
    tabId: 1,
    site: 'lycee-demo.fr',
    pages: 1,
    scannedPages: 1,
    cookies: 3,
    lastEventAt: 0,
    pendingChecks: 0,
    bannerShown: false,
    observing: true,
    observationOn: true,
    observingSince: Date.UTC(2026, 11, 4, 13, 5),
    ...over,
  });
  const api = (over: Partial<PopupApi> = {}): PopupApi => ({
    getReport: vi.fn(async () => ({ ok: true as const, report: report() })),
    getStatus: vi.fn(async () => status()),
    startObserving: vi.fn(async () => ({ ok: true as const })),
    stopObserving: vi.fn(async () => ({ ok: true as const })),
    resetAudit: vi.fn(async () => undefined),
    markRefusal: vi.fn(async () => true),
    hasSiteAccess: vi.fn(async () => true),
    requestSiteAccess: vi.fn(async () => true),
    openStep: vi.fn(async () => true),
    tabAuditable: vi.fn(async () => true),
    openFullReport: vi.fn(async () => undefined),
    uiLanguage: () => 'fr',
    ...over,
  });

  it('compares with a previous report, and refuses a broken file without changing anything', async () => {
    const { container } = render(<App api={api()} tabId={Promise.resolve(42)} />);
    await waitFor(() => expect(container.querySelector('#import-report')).not.toBeNull());
    const input = container.querySelector('#import-report') as HTMLInputElement;
    const previous = { ...report(), cookies: report().cookies.filter((c) => c.name !== 'ent_prefs') };
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(previous)], 'avant.json', { type: 'application/json' })] } });
    await waitFor(() => expect(container.querySelector('#diff')).not.toBeNull());
    expect(container.querySelector('#diff-cookies-added')!.textContent).toContain('ent_prefs (ent.lycee-demo.fr)');
    fireEvent.change(input, { target: { files: [new File(['{"tool":'], 'cassé.json')] } });
    await waitFor(() => expect(container.querySelector('#import-error')).not.toBeNull());
    expect(container.querySelector('#import-error')!.textContent).toBe("Comparaison impossible : Fichier illisible : ce n'est pas du JSON. Rien n'a été modifié.");
    expect(container.querySelector('#diff-cookies-added')!.textContent).toContain('ent_prefs'); // the earlier comparison stays
    expect(container.querySelector('#site')!.textContent).toBe('lycee-demo.fr');
  });

  it('shows the path of the audit, and opens the login page the site links to when it was not seen', async () => {
    const inv = visit();
    recordScan(inv, { url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'home', links: [], truncated: false, loginEntry: { text: 'Se connecter', href: 'https://cas.academie-demo.fr/cas/login?service=https%3A%2F%2Fent.lycee-demo.fr%2F' } }, T0);
    const withEntry = audit(inv, TEST_CONTEXT);
    const a = api({ getReport: vi.fn(async () => ({ ok: true as const, report: withEntry })) });
    const { container } = render(<App api={a} tabId={Promise.resolve(42)} />);
    await waitFor(() => expect(container.querySelector('#audit-path')).not.toBeNull());
    expect([...container.querySelectorAll('#audit-path li')].map((li) => `${li.getAttribute('data-step')} ${li.className}`)).toEqual(['home seen', 'login missing', 'portal missing', 'notice missing', 'revisit missing']);
    // Nothing says the audit is complete until every step was seen.
    expect(container.querySelector('#audit-complete')!.textContent).toBe('Audit incomplet : 4 étape(s) restent à voir.');
    expect(container.querySelector('#audit-path [data-step="login"]')!.textContent).toContain('Page de connexion — pas encore vue');
    fireEvent.click(container.querySelector('#open-login')!);
    expect(a.openStep).toHaveBeenCalledWith(42, 'login');
  });

  it('prints who audited on page 1 and in the exports once typed, and names nobody otherwise', async () => {
    const opened: string[] = [];
    const origOpen = window.open;
    const origUrl = URL.createObjectURL;
    window.open = ((u: string) => (opened.push(u), null)) as typeof window.open;
    const blobs: Blob[] = [];
    URL.createObjectURL = ((b: Blob) => (blobs.push(b), `blob:${blobs.length}`)) as typeof URL.createObjectURL;
    try {
      const { container } = render(<App api={api()} tabId={Promise.resolve(42)} />);
      await waitFor(() => expect(container.querySelector('#auditor')).not.toBeNull());
      fireEvent.click(container.querySelector('#print-report')!);
      expect(await blobs[0]!.text()).toContain('<span class="blank">');
      fireEvent.input(container.querySelector('#auditor')!, { target: { value: '  Mme <Martin>,   référente ' } });
      fireEvent.click(container.querySelector('#print-report')!);
      expect(await blobs[1]!.text()).toContain('<tr><th>Audit réalisé par</th><td>Mme &lt;Martin&gt;, référente</td>');
      fireEvent.click(container.querySelector('#export-letter')!);
      expect(await blobs[2]!.text()).toContain('<p>Mme &lt;Martin&gt;, référente</p>');
      fireEvent.click(container.querySelector('#export-json')!);
      expect(JSON.parse(await blobs[3]!.text()).auditor).toBe('Mme <Martin>, référente');
      expect(opened).toHaveLength(2);
    } finally {
      window.open = origOpen;
      URL.createObjectURL = origUrl;
    }
  });

  it('opens the full report of the same tab, and does not offer it from the full report itself', async () => {
    const a = api();
    const { container } = render(<App api={a} tabId={Promise.resolve(42)} />);
    await waitFor(() => expect(container.querySelector('#open-full')).not.toBeNull());
    fireEvent.click(container.querySelector('#open-full')!);
    expect(a.openFullReport).toHaveBeenCalledWith(42);
    cleanup();
    const full = render(<App api={api()} tabId={Promise.resolve(42)} full />);
    await waitFor(() => expect(full.container.querySelector('#site')).not.toBeNull());
    expect(full.container.querySelector('#open-full')).toBeNull();
  });

  it('loads the report of the given tab', async () => {
    const a = api();
    const { container } = render(<App api={a} tabId={Promise.resolve(42)} />);
    await waitFor(() => expect(container.querySelector('#site')).not.toBeNull());
    expect(a.getReport).toHaveBeenCalledWith(42);
  });

  it('says so when the tab has no audit yet', async () => {
    render(<App api={api({ getReport: async () => ({ ok: false, error: 'no-audit' }) })} tabId={Promise.resolve(1)} />);
    await screen.findByText(/Aucun audit pour cet onglet/);
  });

  it('says so when the worker cannot answer', async () => {
    render(<App api={api({ getReport: async () => { throw new Error('Could not establish connection'); } })} tabId={Promise.resolve(1)} />);
    await screen.findByText(/Impossible de charger l'audit : Error: Could not establish connection/);
  });

  it('refuses to export a report that breaks the schema, and says where', async () => {
    const broken = { ...report(), cookies: [{ ...report().cookies[0]!, party: 'fourth' as never }] };
    render(<App api={api({ getReport: async () => ({ ok: true, report: broken }) })} tabId={Promise.resolve(1)} />);
    fireEvent.click(await screen.findByText('Exporter le rapport JSON'));
    await screen.findByText(/Export refusé/);
    expect(screen.getByText(/\/cookies\/0\/party/)).toBeTruthy();
  });

  it('outside an observation, says Témoin looks at nothing, and audits the tab on request: observation started, then the reloaded page\'s report', async () => {
    let observing = false;
    let scanned = 0;
    const a = api({
      getStatus: vi.fn(async () => status({ observing, observationOn: observing, observingSince: observing ? Date.UTC(2026, 11, 4, 13, 5) : null, scannedPages: scanned, pages: scanned })),
      getReport: vi.fn(async () => (scanned ? { ok: true as const, report: report() } : { ok: false as const, error: 'no-audit' })),
      startObserving: vi.fn(async () => {
        observing = true;
        // The worker has dropped the old audit and reloaded the page; its scan arrives a moment later.
        setTimeout(() => (scanned = 1), 50);
        return { ok: true as const };
      }),
    });
    const { container } = render(<App api={a} tabId={Promise.resolve(3)} />);
    await screen.findByText(/Témoin n'observe pas : il ne regarde pas votre navigation/);
    await screen.findByText(/Aucun audit pour cet onglet/);
    expect(container.querySelector('#stop-observing')).toBeNull();
    fireEvent.click(container.querySelector('#start-observing')!);
    await screen.findByText("Page rechargée : l'audit commence…");
    await waitFor(() => expect(container.querySelector('#site')).not.toBeNull(), { timeout: 5000 });
    expect(a.startObserving).toHaveBeenCalledWith(3);
    expect(container.querySelector('#observation-state')!.textContent).toMatch(/^Observation en cours depuis \d\d:\d\d/);
    expect(container.querySelector('#start-observing')).toBeNull();
  });

  it('stops observing on request, and keeps the audit already made on screen', async () => {
    let observing = true;
    const a = api({ getStatus: vi.fn(async () => status({ observing, observationOn: observing, observingSince: observing ? 1 : null })), stopObserving: vi.fn(async () => ((observing = false), { ok: true as const })) });
    const { container } = render(<App api={a} tabId={Promise.resolve(4)} />);
    fireEvent.click(await screen.findByText("Arrêter l'observation"));
    await screen.findByText(/Témoin n'observe pas/);
    expect(a.stopObserving).toHaveBeenCalledOnce();
    expect(container.querySelector('#site')!.textContent).toBe('lycee-demo.fr');
  });

  it('during an observation, offers to audit a tab that has no audit yet (a page loaded before it started)', async () => {
    const a = api({ getReport: async () => ({ ok: false, error: 'no-audit' }) });
    const { container } = render(<App api={a} tabId={Promise.resolve(6)} />);
    fireEvent.click(await screen.findByText('Auditer cet onglet'));
    expect(a.startObserving).toHaveBeenCalledWith(6);
    expect(container.querySelector('#start-observing')).toBeNull(); // observing: the bar offers to stop, not to start
  });

  it('in a tab not under audit while others are, says nothing of it is recorded, and offers to audit it or to stop', async () => {
    let covered = false;
    const a = api({
      getStatus: vi.fn(async () => status({ observing: covered, observationOn: true, pages: 0, scannedPages: covered ? 1 : 0, lastEventAt: covered ? 0 : null })),
      getReport: vi.fn(async () => (covered ? { ok: true as const, report: report() } : { ok: false as const, error: 'no-audit' })),
      startObserving: vi.fn(async () => ((covered = true), { ok: true as const })),
    });
    const { container } = render(<App api={a} tabId={Promise.resolve(9)} />);
    await screen.findByText(/^Cet onglet n'est pas audité : Témoin n'enregistre rien de ses pages\. Une observation est en cours depuis \d\d:\d\d dans d'autres onglets\.$/);
    expect(container.querySelector('#stop-observing')).not.toBeNull();
    expect(container.querySelector('#audit-tab')).toBeNull(); // the bar's button is the one to audit it
    fireEvent.click(container.querySelector('#start-observing')!);
    await waitFor(() => expect(container.querySelector('#site')).not.toBeNull(), { timeout: 5000 });
    expect(a.startObserving).toHaveBeenCalledWith(9);
    expect(container.querySelector('#observation-state')!.textContent).toMatch(/^Observation en cours depuis \d\d:\d\d : les pages de cet onglet sont auditées/);
    expect(container.querySelector('#start-observing')).toBeNull();
  });

  it('in a tab that shows no web page Témoin may see, says it cannot be audited and offers no audit', async () => {
    const a = api({
      tabAuditable: vi.fn(async () => false),
      getReport: async () => ({ ok: false, error: 'no-audit' }),
      getStatus: async () => status({ observing: false, observationOn: false, observingSince: null, pages: 0, scannedPages: 0 }),
    });
    const { container } = render(<App api={a} tabId={Promise.resolve(11)} />);
    await screen.findByText(/^Témoin ne peut pas auditer cet onglet : il n'affiche pas une page web \(http ou https\)/);
    expect(a.tabAuditable).toHaveBeenCalledWith(11);
    expect(container.querySelector('#start-observing')).toBeNull();
    expect(container.querySelector('#audit-tab')).toBeNull();
    expect(container.querySelector('#observation-state')!.textContent).toMatch(/^Témoin n'observe pas/);
  });

  it('says why an observation could not start, and changes nothing', async () => {
    const a = api({ getStatus: async () => status({ observing: false, observationOn: false, observingSince: null }), startObserving: async () => ({ ok: false, error: 'Error: Permission denied' }) });
    const { container } = render(<App api={a} tabId={Promise.resolve(2)} />);
    fireEvent.click(await screen.findByText('Auditer cet onglet'));
    await screen.findByText("L'observation n'a pas pu changer : Error: Permission denied");
    expect(container.querySelector('#site')!.textContent).toBe('lycee-demo.fr');
    expect(container.querySelector('#start-observing')).not.toBeNull();
  });

  it('says when the browser withholds access to sites (what escapes Témoin), and asks for it on request', async () => {
    let granted = false;
    const a = api({ hasSiteAccess: vi.fn(async () => granted), requestSiteAccess: vi.fn(async () => (granted = true)) });
    const { container } = render(<App api={a} tabId={Promise.resolve(8)} />);
    await screen.findByText(/Le navigateur ne donne pas à Témoin l'accès à tous les sites/);
    fireEvent.click(container.querySelector('#grant-site-access')!);
    await waitFor(() => expect(container.querySelector('#site-access')).toBeNull());
    expect(a.requestSiteAccess).toHaveBeenCalledOnce();
  });

  it('says nothing of site access when the browser gives it', async () => {
    const { container } = render(<App api={api()} tabId={Promise.resolve(8)} />);
    await waitFor(() => expect(container.querySelector('#site')).not.toBeNull());
    expect(container.querySelector('#site-access')).toBeNull();
  });

  it('starts a new audit on request', async () => {
    const a = api();
    render(<App api={a} tabId={Promise.resolve(5)} />);
    // Asked first: declining keeps the audit.
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    window.confirm = confirm;
    fireEvent.click(await screen.findByText('Nouvel audit'));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(a.resetAudit).not.toHaveBeenCalled();
    fireEvent.click(await screen.findByText('Nouvel audit'));
    await screen.findByText(/Aucun audit pour cet onglet/);
    expect(a.resetAudit).toHaveBeenCalledWith(5);
  });
});

describe('a cookie set before the audit, and a deletion', () => {
  it('shows what is left of a cookie whose set date is unknown, and lists the deletions in the printable report', () => {
    const inv = visit();
    recordStoreCookie(inv, { name: '_pk_id.1.a1b2', domain: 'ent.lycee-demo.fr', hostOnly: true, path: '/', session: false, expirationDate: (T0 + 365 * 86_400_000) / 1000, secure: true, httpOnly: false, sameSite: 'lax' }, null, T0);
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['_ga=; Max-Age=0; Path=/'], T0);
    const r = audit(inv, TEST_CONTEXT);
    const { container } = render(<InventoryView report={r} />);
    expect(container.querySelector('tr[data-cookie="_pk_id.1.a1b2"] .lifetime')!.textContent).toBe("déposé avant l'audit ; reste 365 j");
    expect(container.querySelector('tr[data-cookie="_ga"]')).toBeNull();
    const html = reportToHtml(r);
    expect(html).toMatch(/Cookies supprimés \(jamais présents\)/);
    expect(html).toMatch(/<td>_ga<\/td><td>ent\.lycee-demo\.fr<\/td><td>en-tête Set-Cookie<\/td>/);
  });
});
