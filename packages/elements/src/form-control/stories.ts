import { html, type TemplateResult } from 'lit';

/** Story helper: a control in a plain `<form>`; sending it shows what the form would submit instead of leaving the page. */
export function inAForm(control: TemplateResult): TemplateResult {
  const show = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    form.querySelector('output')!.value = JSON.stringify([...new FormData(form)]);
  };
  return html`<form @submit=${show}>
    ${control}
    <p><button>Versturen</button> <button type="reset">Wissen</button></p>
    <p>FormData: <output></output></p>
  </form>`;
}
