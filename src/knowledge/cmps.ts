/** The CMP signature table and the banner vocabulary (data: sources/cmp-signatures.json, sources/banner-vocabulary.json). */
import signatures from './sources/cmp-signatures.json' with { type: 'json' };
import vocabulary from './sources/banner-vocabulary.json' with { type: 'json' };

export type ConsentStorage = { type: 'cookie'; name: string } | { type: 'localStorage'; prefix: string };

export interface CmpSignature {
  id: string;
  name: string;
  present: string;
  banner: string | null;
  accept: string | null;
  reject: string | null;
  settings: string | null;
  rejectSecondLayer: string | null;
  manage: string | null;
  storage: ConsentStorage[];
  defaultLifetimeDays: number | null;
  source: string;
}

export interface BannerVocabulary {
  prefilter: { cookie: string; manage: string };
  cookieWords: string[];
  impliedConsent: string[];
  controls: { role: 'reject' | 'settings' | 'accept' | 'continue' | 'acknowledge'; text: string[] }[];
  manage: string[];
}

export const CMP_SIGNATURES = signatures.cmps as CmpSignature[];
export const BANNER_VOCABULARY = vocabulary as BannerVocabulary;
export const cmpById = (id: string | null): CmpSignature | undefined => (id ? CMP_SIGNATURES.find((c) => c.id === id) : undefined);
