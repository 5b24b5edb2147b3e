// The build's template-literal minifier: smaller css``/html`` text, the same bindings, the same rendering.
import { expect } from '@open-wc/testing';
import { minifyTemplates } from '../../scripts/minify-templates.js';

describe('template-literal minifier', () => {
  it('drops CSS comments and needless whitespace, keeping descendant combinators, strings and media queries', () => {
    const out = minifyTemplates(
      "const s = css`\n  /* why */\n  :host {\n    color : red ;\n    content: 'a ,  b';\n  }\n  [part='x'] :is(b) > c { margin: 0 auto; }\n  @media (forced-colors: active) {\n    a { color: CanvasText; }\n  }\n`;",
    );
    expect(out).to.equal(
      "const s = css`:host{color:red;content:'a ,  b'}[part='x'] :is(b)>c{margin:0 auto}@media (forced-colors:active){a{color:CanvasText}}`;",
    );
  });

  it('collapses template whitespace, drops it between block tags on separate lines, and leaves bindings alone', () => {
    const out = minifyTemplates(
      'const t = html`\n  <div part="a">\n    <span>${one}</span>\n    <span>${two ? html`<b>  x  </b>` : nothing}</span>\n  </div>\n`;',
    );
    expect(out).to.equal('const t = html`<div part="a"><span>${one}</span> <span>${two ? html`<b> x </b>` : nothing}</span></div>`;');
  });

  it('ignores tags named in comments and code without templates', () => {
    expect(minifyTemplates('// builds html`<p>` elsewhere\nconst x = 1;')).to.equal(null);
    expect(minifyTemplates('const x = `plain  text`;')).to.equal(null);
  });
});
