// The React example: two pages, the app and the redirect_uri page.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    // msw, the mock backend in the page, is most of the bundle.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: { input: { main: 'index.html', callback: 'callback.html' } },
  },
});
