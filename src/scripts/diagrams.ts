/**
 * Draws the diagrams that src/build/remark-mermaid.ts leaves as <pre class="mermaid">.
 * mermaid (hundreds of KB) is imported only when a diagram comes near the screen (or the page
 * is printed), once the page is idle, so reading and scrolling never wait for it. Every drawn
 * diagram is drawn again when the reader switches light/dark theme.
 */
type Mermaid = (typeof import('mermaid'))['default'];

interface DiagramSource {
  /** The element that currently shows the diagram (pre before drawing, div after). */
  host: HTMLElement;
  source: string;
  title: string;
  description: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
let renderCount = 0;

function currentTheme(): 'dark' | 'default' {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'default';
}

/** Gives the SVG an accessible name and description from the fence's title and description. */
function labelSvg(svg: SVGSVGElement, diagram: DiagramSource, id: string): void {
  const title = document.createElementNS(SVG_NS, 'title');
  title.id = `${id}-title`;
  title.textContent = diagram.title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.id = `${id}-desc`;
  desc.textContent = diagram.description;
  svg.prepend(title, desc);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', title.id);
  svg.setAttribute('aria-describedby', desc.id);
}

function showError(diagram: DiagramSource, error: unknown): void {
  const box = document.createElement('div');
  box.className = 'pp-diagram-error';
  const heading = document.createElement('p');
  heading.textContent = `The diagram “${diagram.title}” could not be drawn.`;
  const reason = document.createElement('p');
  const message = error instanceof Error ? error.message : String(error);
  reason.textContent = message.split('\n').slice(0, 3).join(' ').slice(0, 300);
  const source = document.createElement('pre');
  source.textContent = diagram.source;
  box.append(heading, reason, source);
  diagram.host.replaceWith(box);
  diagram.host = box;
}

async function draw(mermaid: Mermaid, diagram: DiagramSource): Promise<void> {
  const id = `pp-diagram-${++renderCount}`;
  try {
    const { svg } = await mermaid.render(id, diagram.source);
    // mermaid serialises its SVG as HTML (labels hold <br>), so parse it as HTML; DOMParser never runs scripts.
    const parsed = new DOMParser().parseFromString(svg, 'text/html').body.firstElementChild;
    if (!(parsed instanceof SVGSVGElement)) throw new Error('mermaid returned no SVG');
    labelSvg(parsed, diagram, id);
    const container = document.createElement('div');
    container.className = 'pp-diagram__canvas';
    container.dataset['theme'] = currentTheme();
    container.append(parsed);
    diagram.host.replaceWith(container);
    diagram.host = container;
  } catch (error) {
    document.getElementById(id)?.remove();
    document.getElementById(`d${id}`)?.remove();
    showError(diagram, error);
  }
}

function initialize(mermaid: Mermaid): void {
  const theme = currentTheme();
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme,
    // mermaid's dark theme puts light grey edge labels on mid grey (about 4:1); these keep text above 7:1.
    ...(theme === 'dark' && { themeVariables: { mainContrastColor: '#f4f4f5', edgeLabelBackground: '#26272b' } }),
  });
}

/** Draws diagrams one after another; `data-diagrams` on <html> says whether any are still waiting. */
async function drawQueue(mermaid: Mermaid, queue: DiagramSource[], pending: Set<DiagramSource>): Promise<void> {
  document.documentElement.dataset['diagrams'] = 'drawing';
  for (const diagram of queue) {
    await draw(mermaid, diagram);
    pending.delete(diagram);
  }
  document.documentElement.dataset['diagrams'] = pending.size === 0 ? 'drawn' : 'waiting';
}

export function drawDiagramsOnPage(): void {
  const pres = [...document.querySelectorAll<HTMLPreElement>('pre.mermaid')];
  if (pres.length === 0) return;
  const diagrams: DiagramSource[] = pres.map((pre) => ({
    host: pre,
    source: pre.textContent ?? '',
    title: pre.dataset['title'] ?? 'Diagram',
    description: pre.dataset['description'] ?? '',
  }));
  const pending = new Set(diagrams);
  const drawn: DiagramSource[] = [];
  let mermaidReady: Promise<Mermaid> | undefined;
  let work = Promise.resolve();
  document.documentElement.dataset['diagrams'] = 'waiting';

  const loadMermaid = () =>
    (mermaidReady ??= import('mermaid').then(({ default: mermaid }) => {
      initialize(mermaid);
      new MutationObserver(() => {
        initialize(mermaid);
        work = work.then(() => drawQueue(mermaid, [...drawn], pending));
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
      return mermaid;
    }));

  const request = (wanted: DiagramSource[]) => {
    const fresh = wanted.filter((diagram) => pending.has(diagram) && !drawn.includes(diagram));
    if (fresh.length === 0) return;
    drawn.push(...fresh);
    work = work.then(async () => drawQueue(await loadMermaid(), fresh, pending));
  };

  const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
  const observer = new IntersectionObserver(
    (entries) => {
      const near = entries
        .filter((entry) => entry.isIntersecting)
        .map((entry) => diagrams.find((diagram) => diagram.host === entry.target));
      for (const entry of entries) if (entry.isIntersecting) observer.unobserve(entry.target);
      whenIdle(() => request(near.filter((diagram): diagram is DiagramSource => diagram !== undefined)));
    },
    { rootMargin: '300px 0px' },
  );
  for (const diagram of diagrams) observer.observe(diagram.host);
  // A printed page needs every diagram, seen or not.
  window.addEventListener('beforeprint', () => request(diagrams));
}
