// A Vue 3 component as a web team writes it with render functions, checked by
// test/node/framework-typings.test.ts against the installed typings: the tags are Vue's GlobalComponents,
// so their props and `on<Event>` listeners are typed (what vue-tsc checks in templates).
import type {} from '@poolster/elements/vue';
import { defineComponent, h, ref, type GlobalComponents } from 'vue';

/** A tag as the typed component Vue knows it by (at run time, the tag name itself). */
const tag = <K extends keyof GlobalComponents>(name: K) => name as unknown as GlobalComponents[K];

export default defineComponent({
  setup() {
    const sent = ref<string>();
    return () => [
      h(tag('poolster-scan'), {
        src: '/instrument.json',
        draftKey: 'team-a',
        lang: 'nl',
        onPoolsterSubmitted: (event) => (sent.value = event.detail.response.id),
        onPoolsterStep: (event) => console.log(event.detail.index),
      }),
      h(tag('poolster-report'), { lang: 'en' }),
    ];
  },
});
