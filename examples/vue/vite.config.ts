// The Vue example: two pages, the app and the redirect_uri page; qbo- tags are custom elements, not Vue components.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('qbo-') } } })],
  build: {
    target: 'es2022',
    // msw, the mock backend in the page, is most of the bundle.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: { input: { main: 'index.html', callback: 'callback.html' } },
  },
});
