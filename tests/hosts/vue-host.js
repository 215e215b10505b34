// Vue 3 (its browser development build from npm, no bundler, so its warnings show) renders the element from
// a template, told that `versus-` tags are custom elements as the README's
// VitePress and Nuxt guides say. `window.host` drives it.
import { createApp, reactive } from "/node_modules/vue/dist/vue.esm-browser.js";

const state = reactive({
  route: "quiz",
  changes: 0,
  props: {
    id: "framework",
    dataset: "node-vs-django",
    sections: "quiz result",
    theme: "dark",
    share: "off",
    persist: "off",
    "share-url": "https://example.org/post",
    answers: "team.python",
    loading: "eager",
    "data-analytics": "quiz-1",
  },
});
const app = createApp({
  setup: () => ({ state }),
  template: `
    <versus-widget v-if="state.route === 'quiz'" v-bind="state.props" @versus-change="state.changes++"></versus-widget>
    <p v-else id="elsewhere">Another page of the site</p>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith("versus-");
app.config.warnHandler = (message) => console.error(`[Vue warn]: ${message}`);
app.mount("#app");

window.host = {
  set(next) { Object.assign(state.props, next); },
  go(next) { state.route = next; },
  changes: () => state.changes,
};
