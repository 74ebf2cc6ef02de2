import type { Translated } from '../i18n.js';
import type { Procedure, Severity } from '../model/types.js';
import type { OptionsOf, OptionsSchema, OptionValue } from './options.js';
import type { CatalogContext, Rule, RuleContext } from './types.js';

/**
 * A rule as its file writes it. The keys of `messages` are the only message ids `report` accepts, `options` types
 * what the checks receive, and what `collect` returns is what `checkCatalog` reads back, so a typo in a message id,
 * an option name or a fact is a compile error instead of a silent fallback at run time.
 */
export interface RuleDefinition<MessageId extends string, Schema extends OptionsSchema, Facts> {
  id: string;
  description: Translated;
  severity: Severity;
  /** In the `recommended` preset; every rule is in `all`. */
  recommended: boolean;
  messages: Readonly<Record<MessageId, Translated>>;
  /** Offers fixes with its reports, applied by `procmap lint --fix`. */
  fixable?: boolean;
  /** The options the rule takes (./options.ts), checked against the configuration when it loads. */
  options?: Schema;
  /** Checks one procedure that passed the schema. */
  check?(context: RuleContext<MessageId, OptionsOf<Schema>>): void;
  /** Collects the few facts a catalog check needs from one file; whole procedures are not kept for 20,000 files. */
  collect?(procedure: Procedure): Facts;
  /** Checks the whole catalog at once, from what `collect` gathered. */
  checkCatalog?(context: CatalogContext<MessageId, OptionsOf<Schema>, Facts>): void;
}

/** Declares a rule with its message ids, options and catalog facts typed; the registry sees the plain `Rule`. */
export function defineRule<
  MessageId extends string,
  Schema extends OptionsSchema = Record<never, never>,
  Facts = undefined,
>(definition: RuleDefinition<MessageId, Schema, Facts>): Rule {
  const { options } = definition;
  if (options === undefined) return definition;
  const defaultOptions: Record<string, OptionValue> = {};
  for (const [name, spec] of Object.entries(options)) defaultOptions[name] = spec.default;
  return { ...definition, defaultOptions };
}
