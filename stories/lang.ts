/**
 * The docs pages' prose in the toolbar's language. An MDX page writes each
 * passage twice, in `<Vi>` and in `<En>` (a blank line after the opening tag,
 * so the inside is Markdown), and shows the one the Locale toolbar picked,
 * as the stories do (they read `globals.locale`). Vietnamese is the default,
 * as in the components. test/node/docs-locale.test.mjs fails a docs page whose
 * prose is not in both.
 *
 * React without JSX, so that Vite needs no React transform for this file.
 */
import { createElement, useContext, useEffect, useState, type ReactNode } from 'react';
import { DocsContext } from '@storybook/addon-docs/blocks';

export type DocsLocale = 'vi' | 'en';

type Globals = Record<string, unknown>;
interface Channel {
  on(event: string, listener: (payload: { globals?: Globals }) => void): void;
  off(event: string, listener: (payload: { globals?: Globals }) => void): void;
}
/** What the docs context holds that this needs: the channel, and (not in its public type) the store's globals. */
interface Context {
  channel?: Channel;
  store?: { userGlobals?: { get?: () => Globals; globals?: Globals } };
}

const localeOf = (globals: Globals | undefined): DocsLocale => (globals?.locale === 'en' ? 'en' : 'vi');

/** The Locale toolbar's value on a docs page, kept up to date when it changes. */
export const useDocsLocale = (): DocsLocale => {
  const context = useContext(DocsContext) as unknown as Context;
  const globals = context?.store?.userGlobals;
  const [locale, setLocale] = useState<DocsLocale>(() => localeOf(globals?.get?.() ?? globals?.globals));
  useEffect(() => {
    const channel = context?.channel;
    if (!channel) return undefined;
    const onGlobals = (payload: { globals?: Globals }) => setLocale(localeOf(payload.globals));
    channel.on('globalsUpdated', onGlobals);
    return () => channel.off('globalsUpdated', onGlobals);
  }, [context]);
  useEffect(() => {
    // As the stories' decorator does: the page's language, which the components on a docs page follow too.
    document.documentElement.lang = locale;
  }, [locale]);
  return locale;
};

/** A passage in one language, shown when the toolbar picks it; marked with its `lang` for screen readers. */
const passage =
  (lang: DocsLocale) =>
  ({ children }: { children?: ReactNode }) =>
    useDocsLocale() === lang ? createElement('div', { lang, 'data-docs-lang': lang }, children) : null;

/** Vietnamese prose of a docs page. */
export const Vi = passage('vi');
/** English prose of a docs page. */
export const En = passage('en');
