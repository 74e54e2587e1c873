import path from 'node:path';
import { REPO_ROOT } from './corpus.js';

/** Draft files the tests open. */
export const FIXTURES = {
  /** A short 研讨发言: title, author line, a quotation, three points 一是/二是/三是, closing, date. */
  threePointSpeech: path.join(REPO_ROOT, 'test/fixtures/three-point-speech.gaojiang.json'),
  threePointSpeechTitle: '深入学习“千万工程”经验 推动乡村全面振兴',
};
