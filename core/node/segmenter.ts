import { createRequire } from 'node:module';
import { useSegmenter, type TagFunction } from '../checks/words/segmenter.js';

/**
 * Loads jieba-wasm's Node build (it reads its .wasm synchronously) and hands
 * it to the checks. Once per process; a failure leaves the word-based checks
 * silent rather than stopping the others.
 */
let loaded: boolean | undefined;

export function loadNodeSegmenter(): boolean {
  if (loaded !== undefined) return loaded;
  try {
    const jieba = createRequire(import.meta.url)('jieba-wasm') as { tag: (text: string, hmm?: boolean) => { word: string; tag: string }[] };
    const tag: TagFunction = (text) => jieba.tag(text, true);
    useSegmenter(tag);
    loaded = true;
  } catch (error) {
    console.warn(`word segmenter (jieba-wasm) not loaded: ${String(error)}`);
    loaded = false;
  }
  return loaded;
}
