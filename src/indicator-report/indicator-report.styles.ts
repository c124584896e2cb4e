import { css } from 'lit';

/** Themed by the same tokens as the forms; tables first, charts as a plain aid, prints cleanly. */
export const styles = css`
  :host {
    max-width: var(--sf-report-max-width, 60rem);
  }
  * {
    box-sizing: border-box;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_space);
  }
  h2 {
    font-size: 1.5rem;
    margin: 0 0 var(--_space);
  }
  h3 {
    font-size: 1.3rem;
    margin: calc(var(--_space) * 2) 0 calc(var(--_space) / 2);
    border-bottom: 2px solid var(--_accent);
  }
  h4 {
    font-size: 1.1rem;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2);
  }
  h5 {
    font-size: 1rem;
    margin: var(--_space) 0 0.25rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  label {
    display: grid;
    gap: 0.25rem;
  }
  input {
    font: inherit;
    padding: 0.3rem 0.4rem;
    border: 2px solid var(--_border);
    border-radius: 0;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  button {
    font: inherit;
    padding: 0.3rem 0.8rem;
    border: 2px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }
  button:hover {
    background: #eef3f9;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
  }
  .note,
  .period-text {
    color: var(--_muted);
  }
  .notices {
    border-left: 4px solid var(--_accent);
    padding: 0.5rem 0.5rem 0.5rem 2rem;
    background: #f3f6fa;
  }
  /* A table wider than the report scrolls inside its region; a shadow at an edge says there is
     more that way (backgrounds that scroll with the content cover it at the ends). */
  .table-wrap {
    overflow-x: auto;
    margin: 0.5rem 0;
    background:
      linear-gradient(to right, var(--_bg) 30%, #fff0) left / 2.5rem 100% no-repeat local,
      linear-gradient(to left, var(--_bg) 30%, #fff0) right / 2.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, #0005, #0000) left / 0.9rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, #0005, #0000) right / 0.9rem 100% no-repeat scroll;
  }
  table {
    border-collapse: collapse;
    min-width: 50%;
    font-variant-numeric: tabular-nums;
  }
  /* A scrolling table's caption stays in view and wraps to the region, not to the table. */
  .table-wrap {
    container-type: inline-size;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.25rem;
    position: sticky;
    left: 0;
    max-width: 100cqi;
  }
  th,
  td {
    text-align: left;
    padding: 0.25rem 0.75rem 0.25rem 0;
    border-bottom: 1px solid var(--_line);
    vertical-align: top;
  }
  thead th {
    border-bottom: 2px solid var(--_border);
  }
  th[scope='row'] {
    font-weight: 400;
  }

  .num {
    text-align: right;
  }
  /* On a phone a table of six or more columns scrolls anyway: its headings get room for a word
     or two a line instead of one syllable. */
  @media (max-width: 40rem) {
    thead tr:has(> :nth-child(6)) > th {
      min-width: 8rem;
    }
    /* Row headings stay beside the figures while a wide table scrolls under them. */
    tr:has(> :nth-child(6)) > :first-child {
      position: sticky;
      left: 0;
      background: linear-gradient(to left, #0002, var(--_bg) 6px);
    }
  }
  .csv {
    font-size: 0.9rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .chart {
    margin: 0.5rem 0;
    max-width: 40rem;
  }
  .bar {
    display: grid;
    margin-bottom: 0.4rem;
    font-size: 0.875rem;
  }
  .bar rect {
    fill: var(--_accent);
  }
  .bar text {
    fill: var(--_text);
  }
  details {
    margin: var(--_space) 0;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  @media print {
    :host {
      max-width: none;
      font-size: 10pt;
    }
    .no-print {
      display: none !important;
    }
    .table-wrap {
      overflow: visible;
    }
    table,
    figure,
    .distribution {
      break-inside: avoid;
    }
    h3,
    h4,
    h5 {
      break-after: avoid;
    }
    .bar rect {
      fill: #555;
    }
  }
  @media (forced-colors: active) {
    .bar rect {
      fill: CanvasText;
    }
  }
`;
