// The development demo: the scan on the GO! content, with no server behind it. Sending shows the
// report and the response on the page instead of posting them anywhere.
import '../../packages/elements/src/define.js';

const scan = document.querySelector('poolster-scan')!;
scan.addEventListener('poolster-submitted', (event) => {
  const result = document.querySelector<HTMLElement>('#result')!;
  document.querySelector('#result-json')!.textContent = JSON.stringify(event.detail.response, null, 2);
  document.querySelector('poolster-report')!.response = event.detail.response;
  result.hidden = false;
});
