import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is loaded from file:// in Electron and from the web host's
// root over HTTP, so every asset URL is relative (base './').
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // jieba-wasm finds its .wasm with new URL(…, import.meta.url): pre-bundling would move the module away from it.
  optimizeDeps: { exclude: ['jieba-wasm'] },
  // The checks worker is a module worker (it loads jieba-wasm's .wasm relative to itself).
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Inlined assets would need data: in more CSP directives; keep every asset a file.
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'chrome120',
  },
});
