// Apart from lazy.ts, so that a module that only needs the wording (the locale's loader, which
// every element and the report import) does not reach the views themselves.

/**
 * The lazily loaded views' messages, without the views: `loadTemplates()` hands a host that owns
 * `configureLocalization` every message of ours, these too, before a view is first shown.
 */
export const loadLazyMessages = () =>
  Promise.all([
    import('../../generated/messages/schema-form-render-review.js'),
    import('../../generated/messages/schema-form-render-template.js'),
    import('../../generated/messages/schema-form-render-print-header.js'),
    import('../../generated/messages/localization-amount-reader.js'),
  ]);
