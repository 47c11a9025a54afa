// A Vue 3 host (runtime-only build, render functions: no template compiler, so no eval under CSP).
// It loads the instrument itself, passes it as a property, prefills the centre's name through `value`,
// and reacts to the scan's events.
import { createApp, h, ref } from './vue.js';

const App = {
  setup() {
    const instrument = ref(null);
    const step = ref('');
    const submitted = ref(null);
    // Drawn once the instrument is here and the drop-in has defined the element: Vue sets a DOM property only
    // where the element has one, and an element not yet defined has none (it would get attributes instead).
    Promise.all([fetch('instrument.json').then((res) => res.json()), customElements.whenDefined('poolster-scan')]).then(
      ([data]) => (instrument.value = data),
    );

    return () =>
      h('main', { class: 'app' }, [
        h('h1', 'Zelfscan van CLB Hasselt'),
        h('p', { class: 'step', role: 'status' }, step.value ? `Stap: ${step.value}` : ''),
        submitted.value
          ? h('p', { class: 'done', role: 'status' }, `Verzonden met id ${submitted.value.id}.`)
          : null,
        instrument.value
          ? h('poolster-scan', {
              // Vue sets these as DOM properties, because the element has them.
              instrument: instrument.value,
              lang: 'nl',
              draftKey: 'vue-host',
              'onPoolster-step': (event) => (step.value = event.detail.step),
              'onPoolster-submitted': (event) => (submitted.value = event.detail.response),
              onVnodeMounted: async ({ el }) => {
                // Prefill what the portal already knows, unless a restored draft already has it.
                await el.updateComplete;
                const value = el.value;
                if (value && !value.context['centre-name']) {
                  el.value = { ...value, context: { ...value.context, 'centre-name': { text: 'CLB Hasselt' } } };
                }
              },
            })
          : h('p', 'De scan wordt geladen…'),
      ]);
  },
};

createApp(App).mount('#app');
