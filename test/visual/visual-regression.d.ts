// The package's index.d.ts re-exports './browser/commands.mjs', whose types ship as commands.d.ts, which
// TypeScript does not find for .mjs: declare the one command the visual suite uses.
export {};
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
