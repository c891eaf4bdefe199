import { isRuleId, RULE_IDS, SEVERITIES } from '../../../shared/src/rules';
import type { RuleId, RuleLevel } from '../../../shared/src/rules';
import { ALLOW_OUTSIDE_SETTING, CITATION_STYLES } from '../../../shared/src/settings';
import type { CitationStyle, ClaimlintSettings } from '../../../shared/src/settings';
import { parseDate } from '../time/period';

/** Where a settings problem is (keys from the top of the settings object), and what it is. */
export interface SettingsIssue {
  readonly path: readonly string[];
  /** Whether the key itself is wrong (unknown), rather than its value. */
  readonly atKey: boolean;
  readonly message: string;
}

const LEVELS: readonly string[] = [...SEVERITIES, 'off'];
const KNOWN_KEYS = ['claims', 'citationStyle', 'rules', 'date', 'bibliography'] as const;

/**
 * Reads settings from plain values of untrusted shape (a parsed `.claimlint.yaml`, or what the editor
 * sends for `workspace/configuration`), keeping every well-formed setting and reporting the rest.
 * Hand-written rather than a JSON Schema: each bad entry must be dropped on its own (one bad rule level
 * must not discard the other rules), and the config is five keys deep at most.
 * `unknownKeys: 'report'` is for the config file; editor settings carry keys of other extensions' making.
 */
export function readSettings(
  raw: unknown,
  unknownKeys: 'report' | 'ignore',
  report: (issue: SettingsIssue) => void,
): ClaimlintSettings {
  const settings: ClaimlintSettings = {};
  if (!isRecord(raw)) {
    if (raw !== null && raw !== undefined)
      report({ path: [], atKey: false, message: 'settings must be a map of keys and values' });
    return settings;
  }
  for (const [key, value] of Object.entries(raw)) {
    // Null is how YAML writes an empty value and how the editor writes an unset one: not set.
    if (value === null || value === undefined) continue;
    switch (key) {
      case 'claims':
      case 'bibliography': {
        const paths = readPaths(value, key, report);
        if (paths) settings[key] = paths;
        break;
      }
      case 'citationStyle': {
        const style = readCitationStyle(value, report);
        if (style) settings.citationStyle = style;
        break;
      }
      case 'rules': {
        const rules = readRules(value, report);
        if (rules) settings.rules = rules;
        break;
      }
      case 'date': {
        const date = readDate(value, report);
        if (date) settings.date = date;
        break;
      }
      default:
        if (unknownKeys === 'report' && key === ALLOW_OUTSIDE_SETTING) {
          // Said plainly: a workspace granting itself this permission is what the setting guards against.
          report({
            path: [key],
            atKey: true,
            message: `"${key}" is a user setting of the editor (claimlint.${key}); a config file cannot set it`,
          });
        } else if (unknownKeys === 'report') {
          report({
            path: [key],
            atKey: true,
            message: `unknown key "${key}" (expected ${KNOWN_KEYS.join(', ')})`,
          });
        }
    }
  }
  return settings;
}

/** One path or glob, or a list of them. An empty list or text means "not set" (the editor's empty default). */
function readPaths(
  value: unknown,
  key: string,
  report: (issue: SettingsIssue) => void,
): string[] | undefined {
  const items = Array.isArray(value) ? value : [value];
  const paths: string[] = [];
  items.forEach((item: unknown, index) => {
    if (typeof item === 'string') {
      if (item.trim() !== '') paths.push(item.trim());
    } else {
      const path = Array.isArray(value) ? [key, String(index)] : [key];
      report({ path, atKey: false, message: `"${key}" must be a path or glob, or a list of them` });
    }
  });
  return paths.length > 0 ? paths : undefined;
}

function readCitationStyle(
  value: unknown,
  report: (issue: SettingsIssue) => void,
): CitationStyle | undefined {
  const style = CITATION_STYLES.find((known) => known === value);
  if (style === undefined) {
    report({
      path: ['citationStyle'],
      atKey: false,
      message: `"citationStyle" must be one of ${CITATION_STYLES.join(', ')}`,
    });
  }
  return style;
}

function readRules(
  value: unknown,
  report: (issue: SettingsIssue) => void,
): Partial<Record<RuleId, RuleLevel>> | undefined {
  if (!isRecord(value)) {
    report({ path: ['rules'], atKey: false, message: '"rules" must be a map from rule id to level' });
    return undefined;
  }
  const rules: Partial<Record<RuleId, RuleLevel>> = {};
  for (const [rule, level] of Object.entries(value)) {
    if (!isRuleId(rule)) {
      const message = `unknown rule "${rule}" (rules are ${RULE_IDS.join(', ')}); it is ignored`;
      report({ path: ['rules', rule], atKey: true, message });
    } else if (!isRuleLevel(level)) {
      const shown = typeof level === 'string' ? `"${level}"` : (JSON.stringify(level) ?? String(level));
      const message = `rule "${rule}": level ${shown} is not one of ${LEVELS.join(', ')}; it is ignored`;
      report({ path: ['rules', rule], atKey: false, message });
    } else {
      rules[rule] = level;
    }
  }
  return Object.keys(rules).length > 0 ? rules : undefined;
}

function isRuleLevel(value: unknown): value is RuleLevel {
  return typeof value === 'string' && LEVELS.includes(value);
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The fallback article date: a full day, since relative times ("yesterday") need one. Empty text is "not set". */
function readDate(value: unknown, report: (issue: SettingsIssue) => void): string | undefined {
  if (typeof value === 'string' && value.trim() === '') return undefined;
  if (typeof value === 'string' && DAY_PATTERN.test(value.trim()) && parseDate(value)) return value.trim();
  const shown = typeof value === 'string' ? `"${value}"` : String(value);
  report({ path: ['date'], atKey: false, message: `"date" ${shown} is not a day (YYYY-MM-DD)` });
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
