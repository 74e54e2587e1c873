/**
 * Lets the user pick one file through a hidden <input type=file>. Must be
 * called from a click handler (browsers open the chooser only on a user
 * gesture). Resolves null when the user cancels.
 */
export function pickFile(accept: string): Promise<File | null> {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.hidden = true;
  document.body.append(input);
  return new Promise((resolve) => {
    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    input.click();
  });
}

const MIME_TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.json': 'application/json',
};

/** Hands text to the browser as a UTF-8 download named `fileName`. */
export function downloadText(text: string, fileName: string): void {
  downloadBytes(new TextEncoder().encode(text), fileName);
}

/** Hands bytes to the browser as a download named `fileName`. */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const extension = fileName.slice(fileName.lastIndexOf('.')).toLowerCase();
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MIME_TYPES[extension] ?? 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; give the browser time to read the blob before freeing it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
