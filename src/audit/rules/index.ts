/** The rules, in the order their findings appear in the report: each a self-describing unit (rule.ts). */
export type { Rule } from './rule.ts';
import type { Rule } from './rule.ts';
import { noTrackerBeforeConsent } from './consent-no-tracker-before-consent.ts';
import { audienceLifetime } from './cookies-audience-lifetime.ts';
import { audienceNoRenewal } from './cookies-audience-no-renewal.ts';
import { audienceExemptConfig } from './cookies-audience-exempt-config.ts';
import { audienceFirstParty } from './cookies-audience-first-party.ts';
import { audienceManualChecks } from './cookies-audience-manual.ts';
import { infoLinks } from './info-links.ts';
import { infoNotice } from './info-notice.ts';
import { consentRejectFirstLayer } from './consent-reject-first-layer.ts';
import { consentRefusalHonoured } from './consent-refusal-honoured.ts';
import { consentWithdrawLink } from './consent-withdraw-link.ts';
import { consentChoiceLifetime } from './consent-choice-lifetime.ts';

export const RULES: readonly Rule[] = [
  infoLinks,
  infoNotice,
  noTrackerBeforeConsent,
  consentRejectFirstLayer,
  consentRefusalHonoured,
  consentWithdrawLink,
  consentChoiceLifetime,
  audienceExemptConfig,
  audienceLifetime,
  audienceNoRenewal,
  audienceFirstParty,
  audienceManualChecks,
];

/** Every rule id a report can carry, in the order of the rules. */
export const RULE_IDS: readonly string[] = RULES.flatMap((r) => r.ids);
