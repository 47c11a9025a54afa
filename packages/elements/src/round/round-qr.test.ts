import { expect, fixture, html } from '@open-wc/testing';
import { generate } from 'lean-qr';
import { qrCode } from './round-qr.js';

/**
 * The QR code on the facilitator's screen is the join URL's: every module lean-qr computes for the text is
 * drawn dark, every other one light, read back from the rendered SVG geometry (no decoder needed). A
 * code of another text fails the same check.
 */
function modulesDrawn(svg: SVGSVGElement, size: number): boolean[][] {
  const path = svg.querySelector<SVGPathElement>('path.qr-on')!;
  return Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => path.isPointInFill(new DOMPoint(x + 0.5, y + 0.5))));
}

describe('round QR code', () => {
  it('draws exactly the modules of the join URL, with a quiet zone, as an accessible image', async () => {
    const url = 'https://scan.example.org/join/K7P3QX';
    const el = await fixture<HTMLDivElement>(html`<div>${qrCode(url, 'QR code that opens scan.example.org/join/K7P3QX')}</div>`);
    const svg = el.querySelector('svg')!;
    const code = generate(url);
    const expected = Array.from({ length: code.size }, (_, y) => Array.from({ length: code.size }, (_, x) => code.get(x, y)));
    expect(modulesDrawn(svg, code.size)).to.deep.equal(expected);
    expect(svg.getAttribute('viewBox')).to.equal(`-4 -4 ${code.size + 8} ${code.size + 8}`);
    expect(svg.getAttribute('role')).to.equal('img');
    const other = generate('https://scan.example.org/join/K7P3QY');
    expect(modulesDrawn(svg, other.size), 'another code is told apart').to.not.deep.equal(
      Array.from({ length: other.size }, (_, y) => Array.from({ length: other.size }, (_, x) => other.get(x, y))),
    );
    await expect(el).to.be.accessible();
  });
});
