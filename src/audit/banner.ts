/**
 * Pure banner logic shared by the content script (classify what it sees) and
 * the rules (judge it): control roles from their text, the kind of banner,
 * and how a reject control compares with the accept control.
 */
import { BANNER_VOCABULARY } from '../knowledge/cmps.ts';
import type { BannerControl, BannerScan, ControlRole } from '../shared/messages.ts';
import { anyMatch, compile, fold } from './text.ts';

const COOKIE_WORDS = compile(BANNER_VOCABULARY.cookieWords);
const IMPLIED = compile(BANNER_VOCABULARY.impliedConsent);
const MANAGE = compile(BANNER_VOCABULARY.manage);
const CONTROLS = BANNER_VOCABULARY.controls.map((c) => ({ role: c.role, res: compile(c.text) }));

const clean = (text: string) => fold(text).replace(/\s+/g, ' ').trim();

export const mentionsCookies = (text: string): boolean => anyMatch(COOKIE_WORDS, clean(text));
export const saysImpliedConsent = (text: string): boolean => anyMatch(IMPLIED, clean(text));
export const isManageText = (text: string): boolean => anyMatch(MANAGE, clean(text));

/** The role of a control from its text (first match in the vocabulary's order; 'other' when none). */
export function controlRole(text: string): ControlRole {
  const t = clean(text);
  if (!t) return 'other';
  return CONTROLS.find((c) => anyMatch(c.res, t))?.role ?? 'other';
}

/**
 * choice: accept and/or reject offered; implied-consent: only "continue" or
 * an implied-consent text with no real choice; info-only: no choice at all.
 */
export type BannerKind = 'choice' | 'implied-consent' | 'info-only';

export function bannerKind(b: Pick<BannerScan, 'controls' | 'impliedConsent'>): BannerKind {
  const roles = new Set(b.controls.filter((c) => c.visible).map((c) => c.role));
  if (roles.has('reject') || (roles.has('accept') && !b.impliedConsent)) return 'choice';
  if (roles.has('accept') || roles.has('continue') || b.impliedConsent) return 'implied-consent';
  return roles.has('settings') ? 'choice' : 'info-only';
}

export const firstOf = (b: Pick<BannerScan, 'controls'>, role: ControlRole): BannerControl | undefined =>
  b.controls.find((c) => c.visible && c.role === role) ?? b.controls.find((c) => c.role === role);

export interface Prominence {
  comparable: boolean;
  /** What makes refusing less visible than accepting (French / English pairs). */
  gaps: { fr: string; en: string }[];
  areaRatio: number | null;
}

/** Thresholds: a reject control half the size, or with a font 20% smaller, or unreadable, is not "as easy". */
export const PROMINENCE = { minAreaRatio: 0.5, minFontRatio: 0.8, minContrast: 3 } as const;

/** Compares the reject control with the accept control (CNIL: refusing as easy as accepting, same level and format). */
export function compareProminence(accept: BannerControl | undefined, reject: BannerControl): Prominence {
  const gaps: { fr: string; en: string }[] = [];
  const area = (c: BannerControl) => c.width * c.height;
  const areaRatio = accept && area(accept) > 0 ? area(reject) / area(accept) : null;
  if (!reject.visible) gaps.push({ fr: "le bouton de refus n'est pas visible", en: 'the reject control is not visible' });
  if (accept) {
    if (accept.kind === 'button' && reject.kind !== 'button') gaps.push({ fr: "refuser est un lien, accepter un bouton", en: 'reject is a link, accept a button' });
    if (areaRatio !== null && areaRatio < PROMINENCE.minAreaRatio) gaps.push({ fr: `surface du bouton de refus ${Math.round(areaRatio * 100)} % de celle du bouton d'acceptation`, en: `reject control ${Math.round(areaRatio * 100)}% the area of the accept control` });
    if (accept.fontSize > 0 && reject.fontSize / accept.fontSize < PROMINENCE.minFontRatio) gaps.push({ fr: `texte plus petit (${reject.fontSize} px contre ${accept.fontSize} px)`, en: `smaller text (${reject.fontSize} px against ${accept.fontSize} px)` });
    if (accept.filled && !reject.filled) gaps.push({ fr: "accepter est un bouton plein, refuser n'a pas de fond", en: 'accept is a filled button, reject has no background' });
  }
  // Contrast counts when refusing is harder to read than accepting (both pale is an accessibility defect, not an imbalance).
  const acceptContrast = accept?.contrast ?? null;
  if (reject.contrast !== null && reject.contrast < PROMINENCE.minContrast && (acceptContrast === null || acceptContrast >= PROMINENCE.minContrast)) gaps.push({ fr: `contraste du texte de refus ${reject.contrast.toFixed(1)}:1`, en: `reject text contrast ${reject.contrast.toFixed(1)}:1` });
  return { comparable: gaps.length === 0, gaps, areaRatio };
}

/** WCAG relative luminance contrast of two sRGB colours given as [r, g, b] 0–255. */
export function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const lum = (c: [number, number, number]) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
}
