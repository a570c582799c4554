// tsc must fail on every line marked ✗ with that error code, and on no other line.
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const card: Props<'portal-article-card'> = { variant: 'diagonal' }; // ✗ TS2322 not one of the variants
export const figure: Props<'portal-figure'> = { zoomable: 'yes' }; // ✗ TS2322 a boolean
