/**
 * Checks the editor data that the analyzer's plugins write (custom-elements-manifest.config.mjs) against the
 * manifest they were written from: every tag, every attribute and every enumerated value of an attribute in
 * dist/custom-elements.json must be in VS Code's dist/vscode.html-custom-data.json and in JetBrains'
 * dist/web-types.json, each tag with a link to its documentation, and neither file may name a tag the manifest
 * does not have. scripts/build.mjs fails on any problem; test/node/editor-data.test.mjs tests the checks.
 */

/** The string literals of a type: `'a' | 'b' | undefined` → ['a', 'b']. */
export const literals = (text = '') => [...text.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? m[2]);

/**
 * What the editors must know, from the manifest: each custom element's tag and attributes, with the values an
 * attribute's type enumerates (`parsedType`, the alias resolved by @wc-toolkit/type-parser, else `type`).
 */
export const manifestApi = (manifest) =>
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => ({
      tag: d.tagName,
      attributes: (d.attributes ?? []).map((a) => ({ name: a.name, values: literals((a.parsedType ?? a.type)?.text) })),
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));

const compare = (file, api, tags, attributesOf, valuesOf, hasDocs) => {
  const problems = [];
  const byName = new Map(tags.map((t) => [t.name, t]));
  for (const { tag, attributes } of api) {
    const entry = byName.get(tag);
    if (!entry) {
      problems.push(`${file}: no tag <${tag}>`);
      continue;
    }
    if (!hasDocs(entry)) problems.push(`${file}: <${tag}> has no link to its documentation`);
    const attrs = new Map(attributesOf(entry).map((a) => [a.name, a]));
    for (const { name, values } of attributes) {
      const attr = attrs.get(name);
      if (!attr) {
        problems.push(`${file}: <${tag}> has no attribute "${name}"`);
        continue;
      }
      const listed = new Set(valuesOf(attr));
      for (const value of values) if (!listed.has(value)) problems.push(`${file}: <${tag} ${name}> does not offer the value "${value}"`);
    }
  }
  const known = new Set(api.map((c) => c.tag));
  for (const name of byName.keys()) if (!known.has(name)) problems.push(`${file}: <${name}> is not in the manifest`);
  return problems;
};

/** VS Code custom HTML data (`html.customData`): `tags[].attributes[].values[].name`, `tags[].references[]`. */
export const checkVsCode = (manifest, data, file = 'vscode.html-custom-data.json') =>
  compare(
    file,
    manifestApi(manifest),
    data.tags ?? [],
    (t) => t.attributes ?? [],
    (a) => (a.values ?? []).map((v) => v.name),
    (t) => (t.references ?? []).some((r) => r.url),
  );

/** JetBrains web-types: `contributions.html.elements[].attributes[].value.type` (a TypeScript type), `doc-url`. */
export const checkWebTypes = (manifest, data, file = 'web-types.json') =>
  compare(
    file,
    manifestApi(manifest),
    data.contributions?.html?.elements ?? [],
    (e) => e.attributes ?? [],
    (a) => literals(a.value?.type),
    (e) => Boolean(e['doc-url']),
  );
