/**
 * Lets the user pick several files, or a whole folder (its files, not its
 * subfolders' — the browser lists those too, so they are dropped by
 * path), through a hidden <input type=file>. Works the same in Electron
 * and in the browser: the page reads what was picked and sends the
 * content to the services, so no path crosses the boundary. Call from a
 * click handler. Resolves [] when the user cancels.
 */
export function pickFiles(accept: string, folder = false): Promise<File[]> {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.multiple = true;
  if (folder) input.webkitdirectory = true;
  input.hidden = true;
  document.body.append(input);
  return new Promise((resolve) => {
    const finish = (files: File[]): void => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish([...(input.files ?? [])].filter(isTopLevelFile)), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    input.click();
  });
}

/** A folder pick lists `folder/sub/file` too; Word's lock files (~$稿件.docx) and hidden files are never submissions. */
function isTopLevelFile(file: File): boolean {
  const depth = (file.webkitRelativePath || file.name).split('/').length;
  return depth <= 2 && !file.name.startsWith('~$') && !file.name.startsWith('.');
}
