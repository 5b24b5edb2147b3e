// Lets TypeScript import .vue files (vue-tsc reads their real types).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
