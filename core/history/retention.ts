/**
 * Which versions of a draft's history to keep (issue #17): every version
 * from the last 7 days; of the versions between 7 and 90 days old, the
 * newest of each calendar day; nothing older. Pure: the clock and the
 * time zone are arguments.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Versions younger than this are all kept. */
export const KEEP_ALL_DAYS = 7;
/** Versions older than this are removed; between the two, one a day. */
export const KEEP_DAILY_DAYS = 90;

export interface TimedVersion {
  id: string;
  savedAtMs: number;
}

export interface RetentionOptions {
  /**
   * Minutes the local time is ahead of UTC (Beijing: 480), so that “one per
   * day” means one per calendar day where the user is. Default 0.
   */
  utcOffsetMinutes?: number;
}

/** The local calendar day of a moment, as a day number. */
export function localDay(ms: number, utcOffsetMinutes = 0): number {
  return Math.floor((ms + utcOffsetMinutes * 60_000) / DAY_MS);
}

/**
 * The ids of the versions to keep at `nowMs`. A version dated in the future
 * (a clock set back since) counts as new and is kept.
 */
export function versionsToKeep(versions: readonly TimedVersion[], nowMs: number, options: RetentionOptions = {}): Set<string> {
  const offset = options.utcOffsetMinutes ?? 0;
  const keep = new Set<string>();
  const newestOfDay = new Map<number, TimedVersion>();
  for (const version of versions) {
    const age = nowMs - version.savedAtMs;
    if (age < KEEP_ALL_DAYS * DAY_MS) {
      keep.add(version.id);
    } else if (age < KEEP_DAILY_DAYS * DAY_MS) {
      const day = localDay(version.savedAtMs, offset);
      const kept = newestOfDay.get(day);
      if (!kept || version.savedAtMs > kept.savedAtMs || (version.savedAtMs === kept.savedAtMs && version.id > kept.id)) {
        newestOfDay.set(day, version);
      }
    }
  }
  for (const version of newestOfDay.values()) keep.add(version.id);
  return keep;
}

/** The versions to remove at `nowMs`: the complement of versionsToKeep. */
export function versionsToRemove(versions: readonly TimedVersion[], nowMs: number, options: RetentionOptions = {}): TimedVersion[] {
  const keep = versionsToKeep(versions, nowMs, options);
  return versions.filter((version) => !keep.has(version.id));
}
