// ESLint is used here for security rules only (npm run lint:security): the
// type-checker already polices everything else. Microsoft's SDL rules
// (Electron nodeIntegration, innerHTML, document.write, eval, insecure URLs,
// postMessage to '*', React's dangerouslySetInnerHTML …) plus project rules
// that keep the Electron boundary where docs/security.md says it is.
import sdl from '@microsoft/eslint-plugin-sdl';
import tseslint from 'typescript-eslint';

const SOURCES = ['electron/**/*.ts', 'host/**/*.ts', 'renderer/src/**/*.{ts,tsx}'];

/** Addresses that are not remote: our own web host, and names in XML and SVG that are never fetched. */
const LOCAL_OR_NAMESPACE_URLS = [
  '^http://127\\.0\\.0\\.1',
  '^http://localhost',
  // URL match patterns (hardening.ts blocks every request to them), not addresses.
  '^(http|https|ws|wss|ftp)://\\*/\\*$',
  '^http://(www\\.w3\\.org|schemas\\.openxmlformats\\.org|schemas\\.microsoft\\.com|purl\\.org)/',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**'] },
  ...sdl.configs.required.map((config) => ({ ...config, files: SOURCES })),
  {
    files: SOURCES,
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    // Only the rules configured here; the code is not checked for style.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@microsoft/sdl/no-insecure-url': ['error', { exceptions: LOCAL_OR_NAMESPACE_URLS }],
      'no-restricted-properties': [
        'error',
        { object: 'shell', property: 'openExternal', message: '稿匠 is offline and never hands a URL to the system browser (docs/security.md).' },
        { property: 'executeJavaScript', message: 'The main process never runs code in the page.' },
        { property: 'executeJavaScriptInIsolatedWorld', message: 'The main process never runs code in the page.' },
        { object: 'contextBridge', property: 'exposeInIsolatedWorld', message: 'Expose only the one bridge in preload.ts.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='BrowserWindow']", message: 'Make windows with createSecureWindow (electron/secure-window.ts).' },
        { selector: "NewExpression[callee.name=/^(BrowserView|WebContentsView)$/]", message: 'No embedded web views: the app has one page.' },
        { selector: "CallExpression[callee.property.name='setPermissionRequestHandler'] > :function[params.length>=3] CallExpression[callee.name=/callback|cb/] > Literal[value=true]", message: 'Permissions are always denied.' },
      ],
    },
  },
  {
    // The page never reaches Electron or Node: only window.gaojiang, set up by the preload.
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(electron|node:.*|fs|child_process|path)$', message: 'The renderer runs without Node; use the AppClient.' }] }],
    },
  },
);
