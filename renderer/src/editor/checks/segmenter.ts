import initJieba, { tag } from 'jieba-wasm/web';
import { segmenterLoaded, useSegmenter } from '../../../../core/checks/words/segmenter.js';

/**
 * The word segmenter (jieba-wasm's web build) for the checks that need word
 * boundaries (的/地/得, 重复赘余). Loaded once, in the background: until it is
 * there those checks stay silent and the others run as usual. Its .wasm is
 * an asset of the build (Vite follows the module's `new URL(…, import.meta.url)`);
 * compiling it needs 'wasm-unsafe-eval' in the page's script-src.
 */
let loading: Promise<boolean> | undefined;

export function loadRendererSegmenter(): Promise<boolean> {
  loading ??= initJieba()
    .then(() => {
      useSegmenter((text) => tag(text, true));
      return true;
    })
    .catch((error: unknown) => {
      // The checks go on without it; the console says why (a missing asset, a CSP without wasm).
      console.warn('word segmenter (jieba-wasm) not loaded', error);
      return false;
    });
  return loading;
}

export { segmenterLoaded };
