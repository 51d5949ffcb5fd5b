import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

// Vue must leave the qz-* tags to the browser as custom elements.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith("qz-") } } })],
});
