import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { escapeHtml } from './escape.js';

/**
 * Charts of the report page as SVG made here, not in the browser: the page carries no script, so it shows the
 * same on every screen and on paper, and nothing of an article can run in it.
 */

/** A horizontal bar chart: one labelled bar per item, its value written beside it. */
export function barChart(items: readonly { readonly label: string; readonly value: number }[], unit = ''): string {
  if (items.length === 0) return '<p class="none">Nothing to show.</p>';
  const rowHeight = 22;
  const labelWidth = 160;
  const barWidth = 300;
  const max = Math.max(...items.map((item) => item.value), 1);
  const rows = items.map((item, i) => {
    const y = i * rowHeight;
    const width = Math.max(1, Math.round((item.value / max) * barWidth));
    return `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(clip(item.label, 28))}</text><rect x="${labelWidth}" y="${y + 4}" width="${width}" height="14" rx="2"/><text x="${labelWidth + width + 6}" y="${y + 15}">${item.value.toLocaleString('en-US')}${unit}</text>`;
  });
  return `<svg class="bars" viewBox="0 0 ${labelWidth + barWidth + 90} ${items.length * rowHeight}" role="img">${rows.join('')}</svg>`;
}

interface Link extends SimulationLinkDatum<Node> {
  readonly articles: number;
}

interface Node extends SimulationNodeDatum {
  readonly name: string;
  readonly type: string;
  readonly weight: number;
}

/**
 * Who appears with whom: a node per person or organization (its size by mentions), an edge per pair that shares
 * articles (its width by how many). Laid out by d3-force's simulation, run to the end here; its random source
 * is seeded, so the same figures give the same picture.
 */
export function network(nodes: readonly { readonly name: string; readonly type: string; readonly mentions: number }[], edges: readonly { readonly a: string; readonly b: string; readonly articles: number }[]): string {
  if (edges.length === 0) return '<p class="none">No two of them share an article.</p>';
  const width = 720;
  const height = 460;
  const data: Node[] = nodes.map((n) => ({ name: n.name, type: n.type, weight: n.mentions }));
  const byName = new Map(data.map((n) => [n.name, n]));
  const links: Link[] = edges.filter((e) => byName.has(e.a) && byName.has(e.b)).map((e) => ({ source: byName.get(e.a) as Node, target: byName.get(e.b) as Node, articles: e.articles }));
  const strongest = Math.max(...edges.map((e) => e.articles), 1);
  const heaviest = Math.max(...data.map((n) => n.weight), 1);
  const radius = (n: Node) => 5 + 11 * Math.sqrt(n.weight / heaviest);
  forceSimulation(data)
    .force('link', forceLink(links).distance(90))
    .force('charge', forceManyBody().strength(-260))
    .force('center', forceCenter(width / 2, height / 2))
    // A pull to the middle keeps pairs that share nothing with the rest from drifting to the edges.
    .force('x', forceX(width / 2).strength(0.08))
    .force('y', forceY(height / 2).strength(0.12))
    .force('collide', forceCollide<Node>((n) => radius(n) + 30))
    .stop()
    .tick(300);
  const x = (n: Node) => Math.max(20, Math.min(width - 20, n.x ?? 0)).toFixed(1);
  const y = (n: Node) => Math.max(20, Math.min(height - 20, n.y ?? 0)).toFixed(1);
  const lines = links.map((link) => {
    const a = link.source as Node;
    const b = link.target as Node;
    const { articles } = link;
    return `<line x1="${x(a)}" y1="${y(a)}" x2="${x(b)}" y2="${y(b)}" stroke-width="${(1 + (4 * articles) / strongest).toFixed(1)}"><title>${escapeHtml(`${a.name} and ${b.name}: ${articles} article(s)`)}</title></line>`;
  });
  const circles = data
    .filter((n) => links.some((l) => l.source === n || l.target === n))
    .map((n) => `<g class="${n.type === 'PERSON' ? 'person' : 'organization'}"><circle cx="${x(n)}" cy="${y(n)}" r="${radius(n).toFixed(1)}"/><text x="${x(n)}" y="${(Number(y(n)) + radius(n) + 12).toFixed(1)}" text-anchor="middle">${escapeHtml(clip(n.name, 20))}</text></g>`);
  return `<svg class="network" viewBox="0 0 ${width} ${height}" role="img">${lines.join('')}${circles.join('')}</svg>`;
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
