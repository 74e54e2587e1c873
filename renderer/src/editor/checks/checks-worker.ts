/// <reference lib="webworker" />
import { runChecks } from '../../../../core/checks/registry.js';
import type { CheckRequest, CheckResponse } from './check-runner.js';
import { loadRendererSegmenter } from './segmenter.js';

/**
 * The writing checks' own thread (a dedicated worker): the page posts the
 * draft, this answers with the findings. The word segmenter is loaded here,
 * before the first answer, so the word-based checks (的/地/得, 重复赘余) are
 * in every answer without a second pass.
 */
const segmenter = loadRendererSegmenter();

self.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const { id, draft, options } = event.data;
  await segmenter;
  let response: CheckResponse;
  try {
    response = { id, findings: runChecks(draft, options) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
