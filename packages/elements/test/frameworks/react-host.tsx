// A React 19 page as a web team writes it, checked by test/node/framework-typings.test.ts against the
// installed typings: properties, kebab-case attributes and `on<event>` props with typed events.
import type {} from '@poolster/elements/react';
import type { PoolsterScan } from '@poolster/elements';
import { useRef } from 'react';

export function ScanPage({ onSent }: { onSent: (id: string, status: number | undefined) => void }) {
  const scan = useRef<PoolsterScan>(null);
  return (
    <main>
      <poolster-scan
        ref={scan}
        src="/instrument.json"
        action="/api/responses"
        draftKey="team-a"
        draft-url="/api/drafts"
        lang="nl"
        className="scan"
        onpoolster-submitted={(event) => onSent(event.detail.response.id, event.detail.status)}
        onpoolster-step={(event) => console.log(event.detail.index, event.detail.total)}
      />
      <poolster-report lang="fr" />
      <poolster-vote code="K7P3QX" />
    </main>
  );
}
