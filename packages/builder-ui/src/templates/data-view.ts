import { html, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { DataViewField, DataViewNode, DataViewSection } from '../data-view/types.ts';
import { descriptionList } from './description-list.ts';

/**
 * Renders a data view: runs of answers as KERN description lists, nested groups as sections under
 * headings. `headingOffset` is the level of the heading the view sits under (2 = below an h2).
 */
export function renderDataView(nodes: readonly DataViewNode[], headingOffset = 2): TemplateResult {
  const parts: TemplateResult[] = [];
  let fields: DataViewField[] = [];
  const flush = () => {
    if (fields.length > 0) parts.push(descriptionList(fields.map((f) => [f.label, f.text] as const)));
    fields = [];
  };
  for (const node of nodes) {
    if (node.kind === 'field') {
      fields.push(node);
      continue;
    }
    flush();
    parts.push(
      node.kind === 'section'
        ? renderSection(node, headingOffset)
        : html`<section data-pointer=${node.pointer}>
            ${heading(node.level + headingOffset, node.title)}
            ${node.entries.map((entry) => renderSection(entry, headingOffset))}
          </section>`,
    );
  }
  flush();
  return html`${parts}`;
}

function renderSection(section: DataViewSection, headingOffset: number): TemplateResult {
  return html`<section data-pointer=${section.pointer}>
    ${heading(section.level + headingOffset, section.title)} ${renderDataView(section.children, headingOffset)}
  </section>`;
}

function heading(level: number, text: string): TemplateResult {
  const n = Math.min(6, Math.max(3, level));
  // The tag name is one of h3..h6 computed here, never user input, so unsafeStatic is safe.
  const tag = unsafeStatic(`h${n}`);
  // Below the page's h1 (x-large) and h2 (large): h3 medium, deeper levels small.
  const cls = n === 3 ? 'kern-heading-medium' : 'kern-heading-small';
  return staticHtml`<${tag} class=${cls}>${text}</${tag}>`;
}
