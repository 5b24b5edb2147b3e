// Styles of <qbo-integration-header>: banner on top, title and badge left, status top-right, tabs below.
import { css } from 'lit';

export const headerStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2);
    background: var(--qbo-header-background, var(--_surface));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part='top'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space) calc(var(--_space) * 3);
  }
  [part='title-row'] {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  [part='title'] {
    margin: 0;
    font-size: var(--qbo-header-title-size, 1.375rem);
    font-weight: 650;
    line-height: 1.2;
  }
  [part='status-column'] {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: var(--_space);
    margin-inline-start: auto;
  }
`;
