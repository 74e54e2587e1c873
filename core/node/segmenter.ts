import { createRequire } from 'node:module';
import { useSegmenter, type TagFunction } from '../checks/words/segmenter.js';

/**
 * Loads jieba-wasm's Node build (it reads its .wasm synchronously) and hands
 * it to the checks. The module loads once per process; a failure leaves the
 * word-based checks silent rather than stopping the others.
 */
let tag: TagFunction | null | undefined;

export function loadNodeSegmenter(): boolean {
  if (tag === undefined) {
    try {
      const jieba = createRequire(import.meta.url)('jieba-wasm') as { tag: (text: string, hmm?: boolean) => { word: string; tag: string }[] };
      tag = (text) => jieba.tag(text, true);
    } catch (error) {
      console.warn(`word segmenter (jieba-wasm) not loaded: ${String(error)}`);
      tag = null;
    }
  }
  if (tag) useSegmenter(tag);
  return tag !== null;
}
