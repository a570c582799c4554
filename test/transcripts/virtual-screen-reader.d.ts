// The package's browser build (`/browser.js`, self-contained, what the tests load) has no types of its own in its
// `exports`; it is the same API as the package's main entry, so take those.
declare module '@guidepup/virtual-screen-reader/browser.js' {
  export * from '@guidepup/virtual-screen-reader';
}
