// The dashboard's only script (a file, not inline: the page policy allows scripts from this host only).
// It gives <poolster-compare> the instrument and every stored scan; the label of a scan is the
// centre's name, the answer to the instrument's first text context question.

const compare = document.querySelector('poolster-compare');
const status = document.querySelector('#compare-status');

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The centre's name in a response: the answer to the first text question among the context questions. */
function centreOf(instrument, response) {
  const question = (instrument.contextQuestions ?? []).find((q) => q.type === 'text');
  const text = question ? response.context?.[question.id]?.text : undefined;
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : `(${response.id.slice(0, 8)})`;
}

if (compare) {
  try {
    const [instrument, responses] = await Promise.all([getJson('/instrument.json'), getJson('/api/responses?full=1')]);
    compare.instrument = instrument;
    compare.entries = responses.map((response) => ({
      label: centreOf(instrument, response),
      date: response.submittedAt ?? response.updatedAt,
      response,
    }));
  } catch (error) {
    if (status) status.textContent = `De vergelijking kon niet geladen worden (${error.message}). Herlaad de pagina om het opnieuw te proberen.`;
  }
}
