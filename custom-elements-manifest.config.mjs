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
 */

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

export default {
  globs: ['src/components/**/*.ts', 'src/internal/portal-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/*.stories.ts', 'test/**', 'stories/**'],
  outdir: 'dist',
  litelement: true,
  // package.json's `customElements` is kept by hand ("dist/custom-elements.json"): a build must not rewrite package.json.
  packagejson: false,
  plugins: [portalDefine(), publicApiOnly()],
};
