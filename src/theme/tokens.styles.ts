import { css } from 'lit';

/**
 * The custom properties every element is themed by (`--sf-*`, documented in the README), read
 * once into private `--_*` properties with the default look's values, and the host's base type.
 * The manifest gives every element that uses these styles the properties below
 * (custom-elements-manifest.config.mjs); tests/node/manifest.test.js checks the defaults here.
 *
 * @cssprop [--sf-color-text=#1a1a1a] - Text.
 * @cssprop [--sf-color-muted=#595959] - Hints, "(optional)", progress.
 * @cssprop [--sf-color-accent=#004993] - Submit button, ticked options, links, notices.
 * @cssprop [--sf-color-error=#b51d09] - Error messages, the error summary and invalid fields.
 * @cssprop [--sf-color-border=#747474] - Borders of inputs and tick boxes.
 * @cssprop [--sf-color-line=#d0d0d0] - Thin rules, such as the lines between a report's table rows.
 * @cssprop [--sf-color-background=#fff] - Background of the element and its inputs.
 * @cssprop [--sf-color-focus=#ffbf47] - Colour of the focus ring.
 * @cssprop [--sf-font=1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font shorthand (size/line-height family).
 * @cssprop [--sf-space=1rem] - Base spacing; gaps between questions and sections are multiples of it.
 * @cssprop [--sf-radius=0] - Corner radius of inputs, buttons and boxes.
 */
export const tokens = css`
  :host {
    --_text: var(--sf-color-text, #1a1a1a);
    --_muted: var(--sf-color-muted, #595959);
    --_accent: var(--sf-color-accent, #004993);
    --_error: var(--sf-color-error, #b51d09);
    --_border: var(--sf-color-border, #747474);
    --_line: var(--sf-color-line, #d0d0d0);
    --_bg: var(--sf-color-background, #fff);
    --_focus: var(--sf-color-focus, #ffbf47);
    --_space: var(--sf-space, 1rem);
    --_radius: var(--sf-radius, 0);
    display: block;
    color: var(--_text);
    background: var(--_bg);
    font: var(--sf-font, 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }
  :host([hidden]) {
    display: none;
  }
`;
