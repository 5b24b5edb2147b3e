// Bundles the two browser scripts to dist/assets/ under fixed names, which server.js serves and its pages load.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist',
    rollupOptions: {
      input: { integration: 'client/integration.js', callback: 'client/callback.js' },
      output: { entryFileNames: 'assets/[name].js', chunkFileNames: 'assets/[name]-[hash].js' },
    },
  },
});
