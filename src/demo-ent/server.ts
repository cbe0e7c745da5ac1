/**
 * The demo ENT: a small, realistic school workspace served over HTTPS from
 * loopback. Chromium reaches it under real-looking host names through
 * `--host-resolver-rules` (see `resolverRule`), so that first- and third-party
 * decisions, Secure and SameSite=None cookies and partitioned cookies behave
 * as on a real site. It is the default target of `npm run audit` and the
 * fixture of the end-to-end tests. Nothing here reaches the network.
 */
import { readFileSync } from 'node:fs';
import { packageRoot } from '../cli/root.ts';
import { join } from 'node:path';
import { HTML as html, JS as js, httpDate, send, startSites, type Handler, type Sites } from './https-sites.ts';

export const DEMO_HOSTS = {
  portal: 'ent.lycee-demo.fr',
  stats: 'stats.lycee-demo.fr',
  analytics: 'analytics.mesure-demo.com',
  video: 'video.tube-demo.com',
} as const;

export const DEMO_HOME = `https://${DEMO_HOSTS.portal}/`;
export const DEMO_LOGIN = `https://${DEMO_HOSTS.portal}/auth/login`;

export type DemoServer = Sites;

const siteDir = join(packageRoot(), 'src/demo-ent/site/');
const file = (p: string) => readFileSync(siteDir + p, 'utf8');

const SIMPLE_PAGES: Record<string, [string, string]> = {
  '/mentions-legales': ['Mentions légales', "Éditeur : Région Exemple, 1 esplanade de l'Hôtel de Région. Hébergeur : Hébergeur Exemple SAS, France."],
  '/accessibilite': ['Accessibilité', 'Mon ENT est partiellement conforme au RGAA 4.1.'],
  '/cgu': ["Charte d'utilisation", "Conditions générales d'utilisation de l'ENT."],
  '/messagerie': ['Messagerie', 'Aucun nouveau message.'],
  '/vie-scolaire': ['Vie scolaire', 'Absences et retards.'],
  '/cahier-de-textes': ['Cahier de textes', 'Travail à faire.'],
};

const portal: Handler = (req, res, path, { token }) => {
  const secure = 'Secure; SameSite=Lax';
  if (path === '/') {
    // The audited référent is logged in: SSO session and CSRF token (session
    // cookies), and a 2-year preference cookie from a Set-Cookie header.
    return send(res, 200, html, file('ent/home.html'), [
      `oneSessionId=${token()}; Path=/; HttpOnly; ${secure}`,
      `XSRF-TOKEN=${token()}; Path=/; Secure; SameSite=Strict`,
      `ent_prefs=lang%3Dfr%26theme%3Dclair; Expires=${httpDate(730)}; Path=/; ${secure}`,
    ]);
  }
  if (path === '/auth/login' && req.method === 'POST') {
    res.writeHead(302, { location: '/', 'set-cookie': [`CASTGC=TGT-${token()}; Path=/auth; HttpOnly; ${secure}`] });
    return void res.end();
  }
  if (path === '/auth/login') return send(res, 200, html, file('ent/login.html'), [`JSESSIONID=${token()}; Path=/auth; HttpOnly; ${secure}`]);
  if (path === '/donnees-personnelles') return send(res, 200, html, file('ent/notice.html'));
  if (path === '/cookies') return send(res, 200, html, file('ent/cookies.html'));
  const simple = SIMPLE_PAGES[path];
  if (simple) return send(res, 200, html, file('ent/page.html').replaceAll('{{TITLE}}', simple[0]).replace('{{BODY}}', simple[1]));
  if (path === '/css/ent.css') return send(res, 200, 'text/css', file('ent/ent.css'));
  if (path === '/js/ent.js') return send(res, 200, js, file('ent/ent.js'));
  if (path === '/js/mesure.js') return send(res, 200, js, file('ent/mesure.js'));
  if (path === '/js/gtag-demo.js') return send(res, 200, js, file('ent/gtag-demo.js'));
  if (path === '/components/ent-footer.js') return send(res, 200, js, file('ent/ent-footer.js'));
  return send(res, 404, html, '<!doctype html><title>Page introuvable</title><h1>404</h1>');
};

const collect: Handler = (_req, res) => {
  res.writeHead(204, { 'cache-control': 'no-store' });
  res.end();
};

const video: Handler = (_req, res, path, { token }) => {
  if (path.startsWith('/embed/')) {
    // Third-party cookies of an embedded player: an unpartitioned identifier
    // (needs third-party cookies allowed) and a partitioned (CHIPS) one.
    return send(res, 200, html, file('tube/embed.html'), [
      `VISITOR_ID=${token()}; Domain=tube-demo.com; Path=/; Max-Age=15552000; Secure; SameSite=None`,
      `__Host-player_prefs=${token()}; Path=/; Max-Age=86400; Secure; SameSite=None; Partitioned`,
    ]);
  }
  return send(res, 404, html, '<h1>404</h1>');
};

const ROUTES: Record<string, Handler> = {
  [DEMO_HOSTS.portal]: portal,
  [DEMO_HOSTS.stats]: collect,
  [DEMO_HOSTS.analytics]: collect,
  [DEMO_HOSTS.video]: video,
};

export function startDemoEnt(port = 0): Promise<DemoServer> {
  return startSites(ROUTES, port);
}
