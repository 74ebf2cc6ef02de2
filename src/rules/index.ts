import { rule as abolishedLevel } from './abolished-level.js';
import { docsUrl } from '../docs-url.js';
import { rule as acyclic } from './acyclic.js';
import { rule as ambiguousDays } from './ambiguous-days.js';
import { rule as ambiguousHours } from './ambiguous-hours.js';
import { rule as bracketedHours } from './bracketed-hours.js';
import { rule as sharesOverTotal } from './shares-over-total.js';
import { rule as substepTotal } from './substep-total.js';
import { rule as sameOffice } from './same-office.js';
import { rule as originalsInCopies } from './originals-in-copies.js';
import { rule as originalOrCopy } from './original-or-copy.js';
import { rule as dossierCountItem } from './dossier-count-item.js';
import { rule as bulletedList } from './bulleted-list.js';
import { rule as itemsInOneText } from './items-in-one-text.js';
import { rule as canonicalBody } from './canonical-body.js';
import { rule as canonicalBoolean } from './canonical-boolean.js';
import { rule as canonicalChannel } from './canonical-channel.js';
import { rule as canonicalClock } from './canonical-clock.js';
import { rule as canonicalDate } from './canonical-date.js';
import { rule as canonicalDocumentList } from './canonical-document-list.js';
import { rule as canonicalDossier } from './canonical-dossier.js';
import { rule as canonicalDuration } from './canonical-duration.js';
import { rule as canonicalFee } from './canonical-fee.js';
import { rule as canonicalLevel } from './canonical-level.js';
import { rule as canonicalList } from './canonical-list.js';
import { rule as canonicalNext } from './canonical-next.js';
import { rule as canonicalQuotes } from './canonical-quotes.js';
import { rule as decisionInDate } from './decision-in-date.js';
import { rule as canonicalRevision } from './canonical-revision.js';
import { rule as canonicalSignoff } from './canonical-signoff.js';
import { rule as canonicalStepId } from './canonical-step-id.js';
import { rule as draftSteps } from './draft-steps.js';
import { rule as fallsIntoBranch } from './falls-into-branch.js';
import { rule as fourOnTheSpot } from './four-on-the-spot.js';
import { rule as fullWidthCharacters } from './full-width-characters.js';
import { rule as fullWidthColon } from './full-width-colon.js';
import { rule as controlCharacters } from './control-characters.js';
import { rule as invisibleCharacters } from './invisible-characters.js';
import { rule as knownBody } from './known-body.js';
import { rule as legacyFontText } from './legacy-font-text.js';
import { rule as lookalikeLetters } from './lookalike-letters.js';
import { rule as knownStep } from './known-step.js';
import { rule as nfc } from './nfc.js';
import { rule as parse } from './parse.js';
import { rule as reachable } from './reachable.js';
import { rule as sameDayCutoff } from './same-day-cutoff.js';
import { rule as revisionHistory } from './revision-history.js';
import { rule as schema } from './schema.js';
import { rule as stepDurationPositive } from './step-duration-positive.js';
import { rule as stepNumberInName } from './step-number-in-name.js';
import { rule as totalRow } from './total-row.js';
import { rule as uniqueId } from './unique-id.js';
import { rule as uniqueCodeAgency } from './unique-code-agency.js';
import { rule as uniqueTitle } from './unique-title.js';
import { rule as uniqueChannel } from './unique-channel.js';
import { rule as uniqueStepId } from './unique-step-id.js';
import { rule as unannouncedHolidays } from './unannounced-holidays.js';
import { rule as unusedBody } from './unused-body.js';
import { rule as unusedDisable } from './unused-disable.js';
import { rule as withinTimeLimit } from './within-time-limit.js';
import { rule as stepsWithinShare } from './steps-within-share.js';
import type { Rule } from './types.js';

/** Every rule procmap knows, in the order they are listed to users. */
export const RULES: readonly Rule[] = [
  parse,
  schema,
  uniqueId,
  uniqueCodeAgency,
  uniqueTitle,
  uniqueStepId,
  uniqueChannel,
  knownBody,
  knownStep,
  reachable,
  acyclic,
  fallsIntoBranch,
  unusedBody,
  withinTimeLimit,
  totalRow,
  sameDayCutoff,
  unannouncedHolidays,
  stepDurationPositive,
  ambiguousDays,
  ambiguousHours,
  originalsInCopies,
  originalOrCopy,
  dossierCountItem,
  draftSteps,
  fourOnTheSpot,
  nfc,
  legacyFontText,
  invisibleCharacters,
  controlCharacters,
  lookalikeLetters,
  bulletedList,
  itemsInOneText,
  fullWidthColon,
  fullWidthCharacters,
  canonicalDuration,
  canonicalLevel,
  canonicalDate,
  canonicalClock,
  canonicalBoolean,
  canonicalBody,
  canonicalList,
  canonicalRevision,
  canonicalChannel,
  canonicalNext,
  canonicalStepId,
  canonicalFee,
  canonicalSignoff,
  canonicalDossier,
  canonicalDocumentList,
  canonicalQuotes,
  decisionInDate,
  abolishedLevel,
  revisionHistory,
  stepNumberInName,
  bracketedHours,
  sharesOverTotal,
  stepsWithinShare,
  substepTotal,
  sameOffice,
  unusedDisable,
];

/** Rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

/** Where a rule's documentation lives, for formatters that link to it (SARIF helpUri, stylish). */
export function ruleDocUrl(id: string): string {
  return docsUrl(`docs/rules/${id}.md`);
}

/**
 * Rules without which a procedure cannot be drawn or printed: every step in a lane, every arrow to a step, one
 * document per code, no step table's total row drawn and counted as a step (its time twice in the total). Other
 * findings (over the limit, an unreachable step) are shown in the chart and document.
 */
export const RENDERING_RULES: readonly Rule[] = [
  'unique-id',
  'unique-step-id',
  'known-body',
  'known-step',
  'total-row',
].map((id) => RULES_BY_ID.get(id)!);
