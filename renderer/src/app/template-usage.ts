import type { SettingsStorage } from './export-settings.js';
import type { TemplateUsage } from './template-search.js';

/**
 * How often each template started a draft, kept in the browser's storage
 * (it survives restarts; a cleared storage only loses the ordering).
 */
const STORAGE_KEY = 'gaojiang.templateUsage';

/** Stored counts; anything damaged is dropped, entry by entry. */
export function loadTemplateUsage(from: SettingsStorage | null): TemplateUsage {
  try {
    const value = JSON.parse(from?.getItem(STORAGE_KEY) ?? '{}') as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((entry): entry is [string, number] => Number.isSafeInteger(entry[1]) && (entry[1] as number) > 0),
    );
  } catch {
    return {};
  }
}

/** Counts one more use of `id` and returns the new counts. */
export function recordTemplateUse(id: string, storage: SettingsStorage | null): TemplateUsage {
  const current = loadTemplateUsage(storage);
  const usage = { ...current, [id]: (current[id] ?? 0) + 1 };
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(usage));
  } catch {
    // Full or disabled storage only means the order is not remembered.
  }
  return usage;
}
