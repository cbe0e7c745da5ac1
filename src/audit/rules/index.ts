/** The rules, in the order their findings appear in the report. Each is a pure function of the audit facts. */
import type { AuditFacts } from '../facts.ts';
import type { Finding } from '../../report/types.ts';
import { noTrackerBeforeConsent } from './no-tracker-before-consent.ts';
import { audienceLifetime } from './audience-lifetime.ts';
import { audienceNoRenewal } from './audience-no-renewal.ts';
import { audienceExemptConfig } from './audience-exempt-config.ts';
import { audienceFirstParty } from './audience-first-party.ts';
import { audienceManualChecks } from './audience-manual.ts';
import { infoLinks } from './info-links.ts';
import { infoNotice } from './info-notice.ts';
import { consentRejectFirstLayer } from './consent-reject-first-layer.ts';
import { consentRefusalHonoured } from './consent-refusal-honoured.ts';
import { consentWithdrawLink } from './consent-withdraw-link.ts';
import { consentChoiceLifetime } from './consent-choice-lifetime.ts';

export type Rule = (facts: AuditFacts) => Finding[];

export const RULES: Rule[] = [
  infoLinks,
  infoNotice,
  noTrackerBeforeConsent,
  consentRejectFirstLayer,
  consentRefusalHonoured,
  consentWithdrawLink,
  consentChoiceLifetime,
  audienceExemptConfig, audienceLifetime, audienceNoRenewal, audienceFirstParty, audienceManualChecks];
