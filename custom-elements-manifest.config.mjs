/**
 * Custom Elements Manifest for portal-elements. `npm run analyze` (also run by
 * `npm run build`) writes dist/custom-elements.json; package.json's
 * `customElements` field points there, and Storybook's autodocs read it
 * (attributes, properties, slots, parts, CSS properties, events).
 *
 * Read: the component classes, the shared base class (so what it gives every
 * component is listed with `inheritedFrom`), and the define files, because the
 * tags are registered there: `PortalSkipRibbon.define('portal-skip-ribbon')` is
 * not a `customElements.define()` call, so without the `portalDefine` plugin
 * below no class would get a `tagName` (and, since the components extend
 * PortalElement rather than LitElement directly, not even `customElement: true`).
 * Skipped: styles, tests, stories.
 *
 * The manifest documents the public API of the elements, so `publicApiOnly`
 * drops private, protected and `@internal` members (protected members are the
 * subclass API; they are in the .d.ts files).
 *
 * From the finished manifest, maintained plugins write the editor data and the
 * framework types that ship in dist/ (see `editorsAndFrameworks()` below).
 */
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

const MODULE_ROOT = 'file:///';

/**
 * `Foo.define('portal-foo')` → a `custom-element-definition` export of the
 * define module, which the analyzer's own link phase turns into `tagName` on
 * the class. Tools that look for "which module registers this tag" find the
 * define file, which is what a user should import.
 */
function portalDefine() {
  const imports = new Map(); // "file#Name" → import specifier
  return {
    name: 'portal-elements: Class.define(tag)',
    collectPhase({ ts, node }) {
      if (!ts.isImportDeclaration(node)) return;
      const bindings = node.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings)) return;
      for (const el of bindings.elements) {
        imports.set(`${node.getSourceFile().fileName}#${el.name.text}`, node.moduleSpecifier.text);
      }
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        !ts.isCallExpression(node) ||
        !ts.isPropertyAccessExpression(node.expression) ||
        node.expression.name.text !== 'define' ||
        !ts.isIdentifier(node.expression.expression) ||
        node.expression.expression.text === 'customElements' ||
        !node.arguments[0] ||
        !ts.isStringLiteral(node.arguments[0])
      ) {
        return;
      }
      const className = node.expression.expression.text;
      const from = imports.get(`${node.getSourceFile().fileName}#${className}`);
      const module = from ? new URL(from, MODULE_ROOT + moduleDoc.path).pathname.slice(1) : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: node.arguments[0].text, declaration: { name: className, module } },
      ];
    },
  };
}

/**
 * Public API only, and consistent module paths:
 * - drops private (`#x`, `private x`), protected and `@internal` members, also
 *   where they were copied into subclasses as inherited members (the analyzer
 *   already skips `@internal` itself; this keeps it so if that changes);
 * - drops internal `--_portal-*` custom properties;
 * - drops what the analyzer misreads in the base class: `emit(name, …)` is not
 *   an event called "name", and `customElements.define(tag, this)` in
 *   `define()` is not the definition of a tag called "tag";
 * - points module references at the `.ts` modules the manifest lists (imports
 *   say `./x.js`), and a re-export at the module that declares it.
 */
function publicApiOnly() {
  const internal = new Set(); // "Class.member" marked @internal
  const baseClasses = new Set(['PortalElement']);
  const isHidden = (m) =>
    m.privacy === 'private' ||
    m.privacy === 'protected' ||
    m.name.startsWith('#') ||
    m.name.startsWith('--_') ||
    internal.has(`${m.inheritedFrom?.name}.${m.name}`);
  return {
    name: 'portal-elements: public API only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassElement(node) || !node.name || !ts.isClassLike(node.parent) || !node.parent.name) return;
      if (ts.getJSDocTags(node).some((t) => t.tagName.text === 'internal')) {
        internal.add(`${node.parent.name.text}.${node.name.getText()}`);
      }
    },
    packageLinkPhase({ customElementsManifest: cem }) {
      const paths = new Set(cem.modules.map((m) => m.path));
      const declaredIn = new Map();
      for (const mod of cem.modules) for (const d of mod.declarations ?? []) declaredIn.set(d.name, mod.path);
      const fixModule = (ref) => {
        if (!ref?.module) return;
        const path = ref.module.replace(/^\//, '');
        const ts = path.replace(/\.js$/, '.ts');
        ref.module = paths.has(ts) ? ts : path;
      };

      for (const mod of cem.modules) {
        mod.exports = (mod.exports ?? []).filter(
          (e) => !(e.kind === 'custom-element-definition' && (!e.name.includes('-') || e.declaration.name.startsWith('anonymous_'))),
        );
        for (const e of mod.exports) {
          fixModule(e.declaration);
          if (e.kind === 'js' && e.declaration.module === mod.path && !mod.declarations?.some((d) => d.name === e.declaration.name)) {
            const home = declaredIn.get(e.declaration.name);
            if (home) e.declaration.module = home;
          }
        }
        for (const d of mod.declarations ?? []) {
          fixModule(d.superclass);
          for (const field of ['members', 'attributes', 'cssProperties', 'events']) {
            if (!d[field]) continue;
            d[field] = d[field].filter((m) => {
              if (field === 'events' && !m.description && (baseClasses.has(d.name) || baseClasses.has(m.inheritedFrom?.name))) return false;
              if (field === 'attributes') {
                // An attribute for a field that is protected or @internal (a reactive
                // `state: true` declared in `static properties`, say) is not public API.
                const member = d.members?.find((x) => x.name === m.fieldName);
                return !(m.fieldName && (internal.has(`${d.name}.${m.fieldName}`) || internal.has(`${m.inheritedFrom?.name}.${m.fieldName}`) || (member && isHidden(member))));
              }
              return !isHidden(m) && !internal.has(`${d.name}.${m.name}`);
            });
            for (const m of d[field]) fixModule(m.inheritedFrom);
            if (!d[field].length) delete d[field];
          }
        }
      }
    },
  };
}

/** The API section of README.md on npm, where each tag has a heading `<tag>` (Class). */
export const DOCS_URL = 'https://www.npmjs.com/package/portal-elements';
/** GitHub's and npm's anchor for the README heading "`<portal-x>` (PortalX)": lower case, punctuation dropped, spaces to dashes. */
export const docsAnchor = (name, tag) => `${tag}-${name}`.toLowerCase();
const docsLink = (name, tag) => ({ name: 'API (README)', url: `${DOCS_URL}#${docsAnchor(name, tag)}` });

/**
 * Editor data and framework types, all from the manifest as the plugins above
 * left it (public API only), in the packageLinkPhase, so after `publicApiOnly`:
 *
 * - `@wc-toolkit/type-parser` adds `parsedType` next to `type`, with aliases
 *   resolved (`ArticleCardVariant | undefined` → `'vertical' | … | undefined`),
 *   so that the editors list the values and the Vue and Svelte types, which
 *   copy type text, name no type they cannot see. It needs a type checker, so
 *   `overrideModuleCreation` below hands the analyzer a TypeScript program.
 * - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json: VS Code's
 *   `html.customData` / `css.customData`.
 * - dist/web-types.json: JetBrains (package.json's `web-types` points there).
 * - dist/frameworks/jsx.d.ts (`portal-elements/jsx`): the props of each tag,
 *   typed from the classes' declarations in dist/types/, for React 19 (`React.JSX`)
 *   and Preact (the plugin augments both modules, and a few other JSX libraries).
 * - dist/frameworks/vue.d.ts (`portal-elements/vue`): Vue's `GlobalComponents`.
 * - dist/frameworks/svelte-elements.d.ts: the props of each tag for Svelte, which
 *   `portal-elements/svelte` (scripts/frameworks/svelte.d.ts) adds to the global `svelteHTML`.
 */
function editorsAndFrameworks(outdir = 'dist') {
  // The declaration of src/components/x/x.ts is dist/types/components/x/x.d.ts, one folder up from frameworks/.
  const componentTypePath = (_name, _tag, modulePath) => `../types/${modulePath.replace(/^\/?src\//, '').replace(/\.ts$/, '.js')}`;
  const quiet = { hideLogs: true };
  return [
    typeParserPlugin(),
    {
      // The parser spells `boolean` as `false | true`, which the editors would offer as the values "false" and
      // "true". On a boolean attribute only presence counts (`count="false"` turns it on): keep it `boolean`.
      // And it adds `parsedType` only where it resolved something, but the Svelte plugin reads `parsedType`
      // alone (no fallback to `type`): give every typed attribute and field one.
      name: 'portal-elements: parsedType everywhere, booleans stay boolean',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            for (const m of [...(d.attributes ?? []), ...(d.members ?? [])]) {
              if (m.parsedType) m.parsedType.text = m.parsedType.text.replace(/\bfalse \| true\b/g, 'boolean');
              else if (m.type?.text) m.parsedType = { text: m.type.text };
            }
          }
        }
      },
    },
    customElementVsCodePlugin({
      ...quiet,
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      descriptionSrc: 'description',
      typesSrc: 'parsedType',
      referencesTemplate: (name, tag) => [docsLink(name, tag)],
    }),
    customElementJetBrainsPlugin({
      ...quiet,
      outdir,
      webTypesFileName: 'web-types.json',
      descriptionSrc: 'description',
      typesSrc: 'parsedType',
      // The plugin reads `referenceTemplate` (one link), its README says `referencesTemplate`: give both.
      referenceTemplate: docsLink,
      referencesTemplate: docsLink,
      // Where JetBrains finds the class: the entry that registers the tag.
      modulePathTemplate: (_name, modulePath) => `portal-elements/${modulePath.split('/').at(-2)}.js`,
    }),
    jsxTypesPlugin({ ...quiet, outdir: `${outdir}/frameworks`, fileName: 'jsx.d.ts', componentTypePath, stronglyTypedEvents: true }),
    // Vue and Svelte: the manifest's types, aliases resolved (with the classes' types, as for JSX, the Vue plugin
    // writes `PortalFigure["undefined"]` for an attribute without a property, which turns all the props to `any`).
    customElementVuejsPlugin({ ...quiet, outdir: `${outdir}/frameworks`, fileName: 'vue.d.ts', typesSrc: 'parsedType' }),
    // The plugin's `declare namespace svelteHTML` sits in a module (it exports `CustomElements`), so it is not the
    // global namespace Svelte reads: scripts/frameworks/svelte.d.ts (copied by scripts/build.mjs) merges it into that one.
    customElementSveltePlugin({ ...quiet, outdir: `${outdir}/frameworks`, fileName: 'svelte-elements.d.ts', typesSrc: 'parsedType' }),
  ];
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/portal-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/*.stories.ts', 'test/**', 'stories/**'],
  outdir: 'dist',
  litelement: true,
  // package.json's `customElements` is kept by hand ("dist/custom-elements.json"): a build must not rewrite package.json.
  packagejson: false,
  // A program with a type checker (tsconfig.build.json: src/ alone), which the type parser needs.
  overrideModuleCreation({ ts, globs }) {
    return getTsProgram(ts, globs, 'tsconfig.build.json')
      .getSourceFiles()
      .filter((sf) => globs.some((glob) => sf.fileName.endsWith(glob)));
  },
  plugins: [portalDefine(), publicApiOnly(), ...editorsAndFrameworks()],
};
