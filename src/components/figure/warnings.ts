/**
 * The words of <portal-figure>'s warnings, loaded only when a figure has bad
 * input (a missing `<img>`, `alt`, width and height, a photo that failed to
 * load, an unknown `variant`). The figure has already dealt with each; this
 * says so, once per message and element, in the one warning format.
 */
import { warn } from '../../internal/warn.js';

const words = {
  img: ['no <img> inside', 'add <img src alt width height> to the <figure>'],
  alt: ['alt is missing', 'describe the photo in alt, or write alt="" if the caption says it all'],
  size: ['no width and height, so the text jumps when it loads', 'add width and height, or a CSS aspect-ratio'],
  failed: ['the image failed to load', 'check the address'],
  variant: ['unknown variant, so it is shown full width', 'use full, inset, float-start or float-end'],
} as const;

/** The key of a warning's words. */
export type Warning = keyof typeof words;

/** Warns with the words of `key`, naming `host` and, if given, the attribute, its value and the child it sits on. */
export const say = (host: Element, key: Warning, attr?: string, value?: unknown, child?: Element): void => {
  const [problem, fix] = words[key];
  warn(host, problem, fix, attr, value, child);
};
