// Deliberately wrong (a number where the scan takes a string): the typings test expects tsc to report it here.
import type {} from '@poolster/elements/vue';
import { h, type GlobalComponents } from 'vue';

const tag = <K extends keyof GlobalComponents>(name: K) => name as unknown as GlobalComponents[K];
export const wrongScan = () => h(tag('poolster-scan'), { src: '/instrument.json', draftKey: 42 });
