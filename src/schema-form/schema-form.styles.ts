import { css } from 'lit';

/**
 * A calm, legible default in the spirit of Danish public-sector design systems. Hosts restyle
 * through the custom properties below and `::part()`.
 */
export const styles = css`
  :host {
    max-width: var(--sf-max-width, 44rem);
  }
  * {
    box-sizing: border-box;
  }
  .title {
    font-size: 1.5rem;
    margin: 0 0 var(--_space);
  }
  h3 {
    font-size: 1.2rem;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .section {
    margin-bottom: calc(var(--_space) * 2);
  }
  .field {
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .field.invalid {
    border-left: 4px solid var(--_error);
    padding-left: calc(var(--_space) * 0.75);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend,
  .label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.5rem;
    padding: 0;
  }
  .optional,
  .hint,
  .muted {
    color: var(--_muted);
    font-weight: 400;
  }
  .hint {
    margin: 0 0 0.5rem;
  }
  .note {
    margin: 0.35rem 0 0;
  }
  .options {
    display: grid;
    gap: 0.25rem;
  }
  .option {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    padding: 0.35rem 0;
    cursor: pointer;
  }
  .option input {
    width: 1.4rem;
    height: 1.4rem;
    margin: 0.05rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  input.text,
  input.integer,
  input.date,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4rem 0.5rem;
    max-width: 100%;
  }
  input.integer {
    width: 8ch;
  }
  input.text,
  textarea {
    width: 100%;
  }
  .invalid input.text,
  .invalid input.integer,
  .invalid input.date,
  .invalid textarea {
    border-color: var(--_error);
  }
  :focus-visible {
    outline: var(--sf-focus-ring, 3px solid var(--_focus));
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_text);
  }
  .error-message {
    color: var(--_error);
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  .error-summary,
  .form-error,
  .notice {
    border: 4px solid var(--_error);
    padding: var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .notice {
    border-color: var(--_accent);
  }
  .error-summary ul,
  .notice ul {
    margin: 0;
    padding-left: 1.2rem;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .submit {
    font: inherit;
    font-weight: 600;
    color: #fff;
    background: var(--_accent);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    padding: 0.6rem 1.4rem;
    cursor: pointer;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }
  progress {
    width: 8rem;
    accent-color: var(--_accent);
  }
  .link-button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .submit[aria-disabled='true'] {
    cursor: progress;
  }
  .submit:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .status:empty {
    display: none;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 var(--_space);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .boxes {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .boxes li {
    display: flex;
    gap: 0.6rem;
  }
  .box,
  .line {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .box {
    width: 1.2rem;
    height: 1.2rem;
    flex: none;
  }
  .line {
    display: block;
    height: 2.4rem;
  }
  .short {
    width: 12rem;
  }
  .tall {
    height: 7rem;
  }
  @media print {
    :host {
      max-width: none;
      color: #000;
      font-size: 11pt;
    }
    .submit,
    .status,
    .progress,
    .draft,
    .link-button {
      display: none;
    }
    .field {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .field.invalid,
    .error-summary,
    .form-error,
    .notice {
      border-color: CanvasText;
    }
    .submit {
      border-color: ButtonText;
    }
  }
`;
