// Vue: portal-elements/vue adds the tags to GlobalComponents (tsconfig "types": ["portal-elements/vue"]),
// which is what vue-tsc checks a template's props against.
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const card: Props<'portal-article-card'> = { variant: 'featured', 'date-format': 'long' };
export const figure: Props<'portal-figure'> = { variant: 'float-start', zoomable: true };
