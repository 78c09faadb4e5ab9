/**
 * Draws the diagrams that src/build/remark-mermaid.ts leaves as <pre class="mermaid">.
 * mermaid (hundreds of KB) is imported only when the page has a diagram, after the page
 * is usable, and every diagram is drawn again when the reader switches light/dark theme.
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

async function drawAll(mermaid: Mermaid, diagrams: DiagramSource[]): Promise<void> {
  const theme = currentTheme();
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme,
    // mermaid's dark theme puts light grey edge labels on mid grey (about 4:1); these keep text above 7:1.
    ...(theme === 'dark' && { themeVariables: { mainContrastColor: '#f4f4f5', edgeLabelBackground: '#26272b' } }),
  });
  for (const diagram of diagrams) await draw(mermaid, diagram);
  document.documentElement.dataset['diagrams'] = 'drawn';
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
  const start = async () => {
    const { default: mermaid } = await import('mermaid');
    await drawAll(mermaid, diagrams);
    new MutationObserver(() => {
      document.documentElement.dataset['diagrams'] = 'drawing';
      void drawAll(mermaid, diagrams);
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  };
  // Wait until the page is idle so the diagram never delays reading or interaction.
  const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
  whenIdle(() => void start());
}
