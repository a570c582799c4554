/**
 * `?raw` imports: a file's text as the default export. Vite (Storybook), the
 * test server (test/plugins/raw-import.mjs), the build (scripts/build.mjs) and
 * Node (scripts/ts-hooks.mjs) all read them the same way. Narrow patterns, so
 * they never clash with vite/client's `*?raw`.
 */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
declare module '*.json?raw' {
  const text: string;
  export default text;
}
