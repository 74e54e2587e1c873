import type { FontProfile } from '../../core/export/options.js';

/** The export font profiles as offered in the toolbar (core/export/options.ts explains them). */
export const FONT_PROFILE_CHOICES: readonly { value: FontProfile; label: string }[] = [
  { value: 'gb2312', label: '方正/GB2312 字体（默认）' },
  { value: 'windows', label: 'Windows 常用字体' },
];

export function isFontProfile(value: string): value is FontProfile {
  return FONT_PROFILE_CHOICES.some((choice) => choice.value === value);
}
