import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createGrantedPathsPolicy } from '../../electron/granted-paths.js';
import { draftPathFromArgv, OPEN_REQUEST_TTL_MS, OpenRequests } from '../../electron/open-requests.js';

describe('the draft named on a command line', () => {
  const cwd = path.resolve('/home/a/文档');

  it('is the last draft file name that is not a switch, resolved against the working directory', () => {
    expect(draftPathFromArgv(['/opt/稿匠/gaojiang', '发言.gaojiang'], cwd)).toBe(path.join(cwd, '发言.gaojiang'));
    expect(draftPathFromArgv(['gaojiang', '/tmp/a.gaojiang', '/tmp/b.json'], cwd)).toBe(path.resolve('/tmp/b.json'));
    // What Electron appends to a second instance's command line is skipped.
    expect(draftPathFromArgv(['gaojiang', '/tmp/a.gaojiang', '--allow-file-access-from-files', '--original-process-start-time=1'], cwd)).toBe(
      path.resolve('/tmp/a.gaojiang'),
    );
    // `electron .` in development: the app folder is not a draft.
    expect(draftPathFromArgv(['electron', '.'], cwd)).toBeUndefined();
  });

  it('accepts the file:// URLs Linux desktop files pass (%U)', () => {
    const file = path.resolve('/home/a/稿件/心得 体会.gaojiang');
    expect(draftPathFromArgv(['gaojiang', pathToFileURL(file).href], cwd)).toBe(file);
  });

  it('ignores anything that is not a draft: other files, device names, NUL, the program itself', () => {
    for (const argv of [
      ['gaojiang'],
      ['gaojiang', '/etc/passwd'],
      ['gaojiang', 'C:\\Windows\\system32\\cmd.exe'],
      ['gaojiang', 'CON.gaojiang'],
      ['gaojiang', 'nul.json'],
      ['gaojiang', 'a\0b.gaojiang'],
      ['gaojiang', 'https://evil.example/x.gaojiang'],
      ['gaojiang', 'file://%'],
      ['draft.gaojiang'],
    ]) {
      expect(draftPathFromArgv(argv, cwd), argv.join(' ')).toBeUndefined();
    }
  });
});

describe('a file the system asked us to open', () => {
  it('is granted when offered, taken once, and forgotten after a while', () => {
    const policy = createGrantedPathsPolicy();
    let now = 1_000;
    const requests = new OpenRequests(policy, () => now);
    const file = path.resolve('/home/a/发言.gaojiang');
    expect(requests.offer('relative.gaojiang')).toBe(false);
    expect(requests.offer(path.resolve('/home/a/.ssh/id_rsa'))).toBe(false);
    expect(policy.isAllowed(path.resolve('/home/a/.ssh/id_rsa'), 'read')).toBe(false);
    expect(requests.offer(file)).toBe(true);
    expect(policy.isAllowed(file, 'write')).toBe(true);
    expect(requests.hasPending()).toBe(true);
    expect(requests.take()).toBe(file);
    expect(requests.take()).toBeUndefined();
    requests.offer(file);
    now += OPEN_REQUEST_TTL_MS + 1;
    expect(requests.hasPending()).toBe(false);
    expect(requests.take()).toBeUndefined();
  });
});
