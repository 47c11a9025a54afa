// The dashboard's only script (a file, not inline: the page policy allows scripts from this server
// only). It gives <poolster-compare> the instrument and what /api/dashboard returns: the latest scan of
// each centre, never every stored scan.

const compare = document.querySelector('poolster-compare');
const status = document.querySelector('#compare-status');

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

if (compare) {
  try {
    const [instrument, dashboard] = await Promise.all([getJson('/instrument.json'), getJson('/api/dashboard')]);
    compare.instrument = instrument;
    compare.entries = dashboard.entries.map(({ label, date, response }) => ({ label, date, response }));
  } catch (error) {
    // The words come from the page, in its language (data-failed); the cause is added for whoever reports it.
    if (status) status.textContent = `${status.dataset.failed ?? ''} (${error.message})`;
  }
}
