// @vitest-environment jsdom
// The checks' worker protocol without a browser: a fake Worker answers as the real one does
// (runChecks on the posted draft), so the runner's queueing and its fallback are tested.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../core/checks/registry.js';
import { DEFAULT_NUMBERING } from '../../core/model/numbering.js';
import type { Block, Draft } from '../../core/model/schema.js';
import { createCheckRunner, type CheckRequest, type CheckResponse } from '../../renderer/src/editor/checks/check-runner.js';
import { para, title } from './editor-test-kit.js';

const draftOf = (children: Block[]): Draft => ({
  schemaVersion: 1,
  meta: { author: '', unit: '', date: '', theme: '', genre: '学习心得体会', templateId: '' },
  numbering: DEFAULT_NUMBERING,
  children,
});

const ONE_COMMA = draftOf([title('题目'), para('我们要加强理论学习,持续提高。')]);
const TWO_COMMAS = draftOf([title('题目'), para('我们要加强理论学习,持续提高,勇于担当。')]);
const CLEAN = draftOf([title('题目'), para('我们要加强理论学习。')]);

/** A worker that answers only when told to, so runs can pile up behind the one it holds. */
class HeldWorker {
  onmessage: ((event: MessageEvent<CheckResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: CheckRequest[] = [];
  terminated = false;

  postMessage(request: CheckRequest): void {
    // What the real worker receives is a structured clone, never the page's objects.
    this.received.push(structuredClone(request));
  }
  answer(reply?: (request: CheckRequest) => CheckResponse): void {
    const request = this.received.at(-1)!;
    const data = reply ? reply(request) : { id: request.id, findings: runChecks(request.draft, request.options) };
    this.onmessage?.({ data } as MessageEvent<CheckResponse>);
  }
  fail(message: string): void {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function heldRunner() {
  const worker = new HeldWorker();
  const runner = createCheckRunner(() => worker as unknown as Worker);
  return { worker, runner };
}

const commaCount = (findings: readonly { id: string }[] | undefined) => findings?.filter((f) => f.id === 'punct.half-width-comma').length;

describe('the checks runner', () => {
  it('sends one draft at a time; a newer run replaces the one waiting, which resolves with nothing', async () => {
    const { worker, runner } = heldRunner();
    const first = runner.run(ONE_COMMA, {});
    const second = runner.run(TWO_COMMAS, {});
    const third = runner.run(CLEAN, {});
    expect(worker.received).toHaveLength(1);
    expect(await second).toBeUndefined();
    worker.answer();
    expect(commaCount(await first)).toBe(1);
    // Only then does the newest draft go to the worker.
    expect(worker.received.map((request) => request.draft.children.length)).toEqual([2, 2]);
    worker.answer();
    expect(await third).toEqual([]);
    expect(runner.inPage).toBe(false);
  });

  it('ignores an answer to a request it no longer waits for', async () => {
    const { worker, runner } = heldRunner();
    const run = runner.run(ONE_COMMA, {});
    worker.answer((request) => ({ id: request.id + 7, findings: [] }));
    worker.answer();
    expect(commaCount(await run)).toBe(1);
  });

  it('passes on a check that failed inside the worker as an error', async () => {
    const { worker, runner } = heldRunner();
    const run = runner.run(ONE_COMMA, {});
    worker.answer((request) => ({ id: request.id, error: 'boom' }));
    await expect(run).rejects.toThrow('boom');
  });

  it('checks in the page when the worker cannot load, answering the run it held and every later one', async () => {
    const { worker, runner } = heldRunner();
    const held = runner.run(ONE_COMMA, {});
    const waiting = runner.run(TWO_COMMAS, {});
    worker.fail('Failed to load worker script');
    expect(worker.terminated).toBe(true);
    expect(runner.inPage).toBe(true);
    expect(commaCount(await held)).toBe(1);
    expect(commaCount(await waiting)).toBe(2);
    expect(commaCount(await runner.run(ONE_COMMA, {}))).toBe(1);
  });

  it('checks in the page where no worker can be started', async () => {
    const runner = createCheckRunner(() => {
      throw new Error('SecurityError');
    });
    expect(runner.inPage).toBe(true);
    expect(commaCount(await runner.run(TWO_COMMAS, {}))).toBe(2);
  });

  it('answers nothing more once disposed', async () => {
    const { worker, runner } = heldRunner();
    const run = runner.run(ONE_COMMA, {});
    runner.dispose();
    expect(await run).toBeUndefined();
    expect(worker.terminated).toBe(true);
  });
});
