import { QUOTE_SOURCE_PLACEMENTS, type ExportOptions, type FontProfile, type QuoteSourcePlacement } from '../../../core/export/options.js';
import { isFontProfile } from '../font-profiles.js';

/**
 * The export dialog's choices, remembered in the browser's storage for next
 * time. 引文出处 absent means none, the exporter's default (settings stored
 * before the option existed read the same).
 */
export type ExportSettings = Omit<ExportOptions, 'quoteSources'> & { quoteSources?: QuoteSourcePlacement };

const isQuoteSourcePlacement = (value: unknown): value is QuoteSourcePlacement =>
  typeof value === 'string' && (QUOTE_SOURCE_PLACEMENTS as readonly string[]).includes(value);

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = { fonts: 'gb2312', printAuthorLine: true };
const STORAGE_KEY = 'gaojiang.exportSettings';

/** Reads stored settings; anything missing or damaged falls back to the defaults field by field. */
export function parseExportSettings(stored: string | null): ExportSettings {
  if (!stored) return DEFAULT_EXPORT_SETTINGS;
  try {
    const value = JSON.parse(stored) as { fonts?: unknown; printAuthorLine?: unknown; quoteSources?: unknown };
    const fonts: FontProfile =
      typeof value.fonts === 'string' && isFontProfile(value.fonts) ? value.fonts : DEFAULT_EXPORT_SETTINGS.fonts;
    const printAuthorLine =
      typeof value.printAuthorLine === 'boolean' ? value.printAuthorLine : DEFAULT_EXPORT_SETTINGS.printAuthorLine;
    const quoteSources = isQuoteSourcePlacement(value.quoteSources) && value.quoteSources !== 'none' ? value.quoteSources : undefined;
    return { fonts, printAuthorLine, ...(quoteSources ? { quoteSources } : {}) };
  } catch {
    return DEFAULT_EXPORT_SETTINGS;
  }
}

/** The part of the browser's localStorage used here (passed in, so this module stays free of the DOM). */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadExportSettings(from: SettingsStorage | null): ExportSettings {
  try {
    return parseExportSettings(from?.getItem(STORAGE_KEY) ?? null);
  } catch {
    return DEFAULT_EXPORT_SETTINGS;
  }
}

export function storeExportSettings(settings: ExportSettings, to: SettingsStorage | null): void {
  try {
    to?.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Full or disabled storage only means the choice is not remembered.
  }
}
