import { useEffect, useRef, useState } from 'react';
import { chineseDate, parseChineseDate } from '../../../core/collect/chinese-date.js';

interface ChineseDateInputProps {
  /** ISO (2026-12-04) or ''. */
  value: string;
  onChange: (iso: string) => void;
  label: string;
}

/**
 * A date field that shows and takes 2026年12月4日 (the browser's date input
 * shows mm/dd/yyyy on an English system). Typing 2026-12-4 or 2026/12/04
 * works too; 选择 opens the native calendar. An unreadable date says so.
 */
export function ChineseDateInput({ value, onChange, label }: ChineseDateInputProps) {
  const [text, setText] = useState(() => chineseDate(value));
  const [invalid, setInvalid] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // A value set from outside (the calendar, a reset) is shown in Chinese.
    setText((current) => (parseChineseDate(current) === value ? current : chineseDate(value)));
  }, [value]);

  const commit = (typed: string): void => {
    if (typed.trim() === '') {
      setInvalid(false);
      onChange('');
      return;
    }
    const iso = parseChineseDate(typed);
    setInvalid(iso === undefined);
    if (iso !== undefined) onChange(iso);
  };
  return (
    <span className="chinese-date">
      <input
        type="text"
        inputMode="numeric"
        aria-label={label}
        aria-invalid={invalid}
        placeholder="如 2026年12月4日"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          commit(event.target.value);
        }}
        onBlur={() => {
          if (parseChineseDate(text) !== undefined) setText(chineseDate(parseChineseDate(text) ?? ''));
        }}
      />
      <button type="button" className="button small ghost" aria-label="打开日历" title={`从日历选择${label}`} onClick={() => picker.current?.showPicker?.()}>
        选择
      </button>
      <input
        ref={picker}
        type="date"
        className="chinese-date-picker"
        tabIndex={-1}
        aria-hidden="true"
        value={value}
        onChange={(event) => {
          setInvalid(false);
          setText(chineseDate(event.target.value));
          onChange(event.target.value);
        }}
      />
      {invalid && <span className="field-error">请按“2026年12月4日”的格式填写日期</span>}
    </span>
  );
}
