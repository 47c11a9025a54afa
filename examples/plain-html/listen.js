// The page handles the answers itself: it listens to `poolster-submit`, keeps the scan from finishing
// until its own request succeeds, and then tells the team. (Here it only shows the answers.)
const scan = document.querySelector('poolster-scan');
const status = document.querySelector('#status');

scan.addEventListener('poolster-submit', (event) => {
  const { response } = event.detail;
  status.textContent = `Ontvangen: ${Object.keys(response.blocks).length} bouwstenen, verzonden op ${response.submittedAt}.`;
  window.lastResponse = response;
});
scan.addEventListener('poolster-submitted', () => {
  status.textContent += ' De scan is afgesloten.';
});
