// Svelte: portal-elements/svelte adds the tags to svelteHTML.IntrinsicElements (tsconfig "types":
// ["portal-elements/svelte"]), which svelte-check checks a component's markup against.
export const card: svelteHTML.IntrinsicElements['portal-article-card'] = { variant: 'featured', 'date-format': 'long' };
export const figure: svelteHTML.IntrinsicElements['portal-figure'] = { variant: 'float-end', zoomable: true };
