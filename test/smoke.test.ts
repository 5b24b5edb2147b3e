import { expect } from '@open-wc/testing';
import { html, render } from 'lit';

describe('smoke', () => {
  it('renders lit in real Chromium', () => {
    const host = document.createElement('div');
    render(html`<p>hello</p>`, host);
    expect(host.querySelector('p')?.textContent).to.equal('hello');
    expect(navigator.userAgent).to.contain('Chrome');
  });
});
