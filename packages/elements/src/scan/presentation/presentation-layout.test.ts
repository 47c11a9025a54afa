import { modelOf, type Instrument } from '@poolster/schema';
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { PoolsterScan } from '../scan.js';
import { $, clearDrafts, goInstrument, heading, mountScan, settle } from '../scan.test-helpers.js';
import { FakeRoundBackend, mountScanWithRound } from '../../round/round.test-helpers.js';

/**
 * The presentation on a projector, measured: at 1920 × 1080 every GO! block shows every stage
 * description whole, side by side, without the page scrolling; at 960 × 540 (the same screen zoomed to
 * 200 %) the columns wrap to two and a description that does not fit scrolls inside its card.
 * A screenshot of the longest block is kept in test-artifacts/ for a person to look at.
 */

interface CardFigures {
  block: string;
  stage: number;
  /** The description's text height and the height of the box it has, in CSS px. */
  content: number;
  box: number;
  /** Whether the box scrolls (its scroll height is more than its height). */
  overflows: boolean;
  rect: DOMRect;
  fontSize: number;
  overflowY: string;
}

function measure(el: PoolsterScan, block: string): CardFigures[] {
  const picker = $(el, '.presentation-picker');
  return [...picker.shadowRoot!.querySelectorAll<HTMLElement>('.card')].map((card, stage) => {
    const desc = card.querySelector<HTMLElement>('.desc')!;
    const para = card.querySelector<HTMLElement>('.para')!;
    // The text's own line boxes: a block box stretches to its container, its text does not.
    const text = document.createRange();
    text.selectNodeContents(desc);
    const bottom = Math.max(...[...text.getClientRects()].map((r) => r.bottom));
    return {
      block,
      stage,
      content: Math.ceil(bottom - desc.getBoundingClientRect().top + desc.scrollTop),
      box: desc.clientHeight,
      overflows: desc.scrollHeight > desc.clientHeight,
      rect: card.getBoundingClientRect(),
      fontSize: parseFloat(getComputedStyle(para).fontSize),
      overflowY: getComputedStyle(desc).overflowY,
    };
  });
}

const pageScrolls = () => document.documentElement.scrollHeight > window.innerHeight || document.documentElement.scrollWidth > window.innerWidth;
const inViewport = (r: DOMRect) => r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight + 0.5 && r.right <= window.innerWidth + 0.5;

/** Mounts the GO! scan (or takes one mounted) in presentation mode and measures every block, moving on with the "next block" button. */
async function measureEveryBlock(mounted?: PoolsterScan, screenshotSuffix = ''): Promise<CardFigures[]> {
  const instrument = await goInstrument();
  const el = mounted ?? (await mountScan(instrument));
  el.presentation = true;
  await settle(el);
  const figures: CardFigures[] = [];
  const blocks = modelOf(instrument).blocks;
  for (const [i, { block }] of blocks.entries()) {
    expect(heading(el), 'the block shown').to.contain(block.number ?? '');
    expect(pageScrolls(), `page scrolls at ${block.number}`).to.equal(false);
    figures.push(...measure(el, block.number ?? block.id));
    if (block.number === '5.2')
      await executeServerCommand('save-screenshot', {
        name: `presentation-${window.innerWidth}x${window.innerHeight}-block-5-2${screenshotSuffix}`,
      });
    if (i < blocks.length - 1) {
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.presentation-tools button')].find((b) => b.textContent!.includes('Volgende'))!.click();
      await settle(el);
    }
  }
  expect(figures.length, 'four stages per GO! block').to.equal(blocks.length * 4);
  return figures;
}

const tallest = (figures: CardFigures[]) => figures.reduce((a, b) => (b.content > a.content ? b : a));
const describe_ = (f: CardFigures) => `${f.block} stage ${f.stage + 1}: content ${f.content}px in a ${f.box}px box`;

/** GO! with `count` stages (2 to 7): stages dropped from the end, or extra ones borrowing the planned stage's words. */
async function withStages(count: number): Promise<Instrument> {
  const go = await goInstrument();
  const kept = go.stages.slice(0, Math.min(count, go.stages.length)).map((s) => s.id);
  const extra = Array.from({ length: Math.max(0, count - go.stages.length) }, (_, i) => `extra-${i + 1}`);
  go.stages = [...go.stages.filter((s) => kept.includes(s.id)), ...extra.map((id, i) => ({ id, label: `Extra ${i + 1}`, description: go.stages[1]!.description }))];
  for (const cluster of go.clusters)
    for (const block of cluster.blocks) {
      block.stages = Object.fromEntries([...kept.map((id) => [id, block.stages[id]!] as const), ...extra.map((id) => [id, block.stages.planned!] as const)]);
    }
  for (const q of go.blockQuestions) if (q.type === 'ambition') q.options = q.options.filter((o) => !('stage' in o) || o.stage === undefined || kept.includes(o.stage));
  return go;
}

describe('poolster-scan presentation: layout on a projector', () => {
  afterEach(() => clearDrafts());

  it('1920 × 1080: every GO! block shows every stage description whole, in one row of columns, text ≥ 20px, no page scroll', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const figures = await measureEveryBlock();
    for (const f of figures) {
      expect(inViewport(f.rect), `${f.block} stage ${f.stage + 1} inside the screen`).to.equal(true);
      expect(f.content, `${describe_(f)}: the whole description visible`).to.be.at.most(f.box);
      expect(f.overflows, `${describe_(f)}: nothing to scroll in the card`).to.equal(false);
      expect(f.fontSize, `${f.block} stage ${f.stage + 1} text size`).to.be.at.least(20);
    }
    for (const block of new Set(figures.map((f) => f.block))) {
      const row = figures.filter((f) => f.block === block);
      expect(new Set(row.map((f) => Math.round(f.rect.top))).size, `${block}: the stages side by side`).to.equal(1);
      expect(
        row.reduce((w, f) => w + f.rect.width, 0),
        `${block}: the columns use the width`,
      ).to.be.above(window.innerWidth * 0.9);
    }
    console.log(`presentation 1920×1080: closest fit ${describe_(tallest(figures))}`);
  });

  it('1920 × 1080 with a team round open on every block (code, QR code, counts): every stage description still whole, no page scroll', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const instrument = await goInstrument();
    const backend = new FakeRoundBackend();
    const blocks = modelOf(instrument).blocks.map((b) => b.block.id);
    const { id } = await backend.open({ instrumentId: instrument.id, blocks, askAmbition: true });
    for (let i = 0; i < 7; i += 1) backend.place(id, backend.join(id), blocks[0]!, instrument.stages[i % 4]!.id);
    const { scan, round } = await mountScanWithRound(instrument, backend, { lang: 'nl' });
    const figures = await measureEveryBlock(scan, '-round-open');
    expect(round.shadowRoot!.querySelector('.strip-code')?.textContent?.trim(), 'the round is open on the screen').to.equal(backend.current.code);
    expect(round.assignedSlot, 'slotted in the presentation').to.not.equal(null);
    for (const f of figures) {
      expect(inViewport(f.rect), `${f.block} stage ${f.stage + 1} inside the screen`).to.equal(true);
      expect(f.content, `${describe_(f)}: the whole description visible`).to.be.at.most(f.box);
      expect(f.overflows, `${describe_(f)}: nothing to scroll in the card`).to.equal(false);
      expect(f.fontSize, `${f.block} stage ${f.stage + 1} text size`).to.be.at.least(20);
    }
    console.log(`presentation 1920×1080 with a round open: closest fit ${describe_(tallest(figures))}`);
  });

  it('960 × 540 (200 % zoom): the columns wrap to two, each card on screen, what does not fit scrolls inside its card, never the page', async () => {
    await setViewport({ width: 960, height: 540 });
    const figures = await measureEveryBlock();
    for (const f of figures) {
      expect(inViewport(f.rect), `${f.block} stage ${f.stage + 1} inside the screen`).to.equal(true);
      expect(f.fontSize, `${f.block} stage ${f.stage + 1} text size`).to.be.at.least(20);
      if (f.overflows) expect(f.overflowY, `${describe_(f)}: scrolls inside its card`).to.equal('auto');
    }
    const first = figures.filter((f) => f.block === figures[0]!.block).map((f) => Math.round(f.rect.top));
    expect(first[0], 'stages 1 and 2 in one row').to.equal(first[1]);
    expect(first[2], 'stages 3 and 4 in the next row').to.equal(first[3]);
    expect(first[2], 'stages 3 and 4 below 1 and 2').to.be.above(first[0]!);
    console.log(`presentation 960×540: closest fit ${describe_(tallest(figures))}`);
  });

  for (const count of [2, 3, 5, 7]) {
    it(`1920 × 1080 with ${count} stages: one column per stage side by side, what does not fit scrolls inside its card, never the page`, async () => {
      await setViewport({ width: 1920, height: 1080 });
      const el = await mountScan(await withStages(count));
      el.presentation = true;
      await settle(el);
      expect(heading(el), 'the scan shows a block, not an error').to.match(/^4\.1 /);
      const figures = measure(el, '4.1');
      await executeServerCommand('save-screenshot', { name: `presentation-1920x1080-${count}-stages` });
      expect(figures.length).to.equal(count);
      expect(new Set(figures.map((f) => Math.round(f.rect.top))).size, 'side by side').to.equal(1);
      expect(pageScrolls()).to.equal(false);
      for (const f of figures) {
        expect(inViewport(f.rect), `stage ${f.stage + 1} inside the screen`).to.equal(true);
        if (f.overflows) expect(f.overflowY, `${describe_(f)}: scrolls inside its card`).to.equal('auto');
      }
    });
  }
});
