// The run's engine is the one it says it is: lit renders, and the user agent belongs to that engine.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { engine } from './helpers/engine.js';

const USER_AGENT = { chromium: /Chrome\//, firefox: /Firefox\//, webkit: /AppleWebKit\// } as const;

describe('smoke', () => {
  it(`renders lit in real ${engine.label}`, () => {
    const host = document.createElement('div');
    render(html`<p>hello</p>`, host);
    expect(host.querySelector('p')?.textContent).to.equal('hello');
    expect(navigator.userAgent).to.match(USER_AGENT[engine.name]);
    if (engine.name === 'webkit') expect(navigator.userAgent).to.not.match(/Chrome\//);
  });
});
