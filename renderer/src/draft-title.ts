
/** `稿件.gaojiang` → `稿件`, for when a draft has no title. */
export function baseNameOf(fileName: string): string {
  return fileName.replace(/\.(gaojiang|json)$/i, '') || fileName;
}
