// Injected into every page before its own scripts run (page.evaluateOnNewDocument): the same
// in-page clock for every peer. Nothing here runs unless the page is measured.

import { chromiumPath, chromiumArgs } from '../scripts/chromium-path.js';

/** Runs in the page. `cfg`: { radios, submit, errors, errorsAlso, expectedErrors }. */
function install(cfg) {
  const roots = [document];
  const bench = (window.__bench = { formReady: null, defined: null, submitted: null, errorsShown: null, errorCount: 0 });

  // A server-rendered form's shadow root comes from the HTML parser, not attachShadow: find it
  // on the element (and watch it like the others).
  const all = (selector) => {
    if (cfg.element) {
      for (const host of document.querySelectorAll(cfg.element)) {
        if (host.shadowRoot && !roots.includes(host.shadowRoot)) {
          roots.push(host.shadowRoot);
          observer.observe(host.shadowRoot, { childList: true, subtree: true, attributes: true, characterData: true });
        }
      }
    }
    return roots.flatMap((r) => Array.from(r.querySelectorAll(selector)));
  };
  const visible = (el) => {
    if (!el.checkVisibility({ visibilityProperty: true })) return false;
    // Styled radios are often visually hidden behind their label: the label is what shows.
    const box = (el.labels?.[0] ?? el).getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };

  // A watch has a cheap test (elements counted in the DOM, no style or layout) and a full one
  // (they are visible: needs style and layout). Mutations only run the cheap test and note the
  // time; the full test runs in the next animation frame, where the browser lays the page out
  // anyway, so measuring does not force extra layouts in the middle of a peer's rendering. The
  // time recorded is the last mutation before the frame that shows the result.
  let watch = null;
  const observer = new MutationObserver(() => {
    if (watch?.cheap()) watch.candidate = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  // Shadow roots (ours renders into one) need their own observation.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    return root;
  };
  const frame = () => {
    if (!watch) return;
    if (watch.candidate == null && watch.cheap()) watch.candidate = performance.now();
    if (watch.candidate != null) {
      if (watch.full()) {
        const { candidate, done } = watch;
        watch = null;
        return done(candidate);
      }
      watch.candidate = null; // not visible yet (e.g. CSS still loading): keep looking, frame by frame
    }
    requestAnimationFrame(frame);
  };
  const start = (cheap, full, done) => {
    watch = { cheap, full, done, candidate: cheap() ? performance.now() : null };
    requestAnimationFrame(frame);
  };

  // Rendered: every radio of the form in the DOM and visible.
  start(
    () => all('input[type=radio]').length >= cfg.radios,
    () => all('input[type=radio]').every(visible),
    (t) => (bench.formReady = t),
  );
  // When the custom element is defined: the drop-in has been fetched, compiled and evaluated.
  if (cfg.element) customElements.whenDefined(cfg.element).then(() => (bench.defined = performance.now()));

  const errorsInDom = () => all(cfg.errors).length >= cfg.expectedErrors && (!cfg.errorsAlso || all(cfg.errorsAlso).length > 0);
  const errorsVisible = () => {
    const shown = all(cfg.errors).filter(visible);
    bench.errorCount = shown.length;
    return shown.length >= cfg.expectedErrors && (!cfg.errorsAlso || all(cfg.errorsAlso).some(visible));
  };

  /** Clicks the form's own submit button; resolves with submit → all errors visible, in ms. */
  bench.submit = async () => {
    // A server-rendered form can be clicked before its script has arrived; measure the element's
    // own submit, as for the script-rendered one.
    if (cfg.element) {
      await customElements.whenDefined(cfg.element);
      await document.querySelector(cfg.element).updateComplete;
    }
    return new Promise((resolve, reject) => {
      const button = all(cfg.submit)[0];
      if (!button) return reject(new Error(`no submit button (${cfg.submit})`));
      const timeout = setTimeout(() => reject(new Error(`errors not shown: ${all(cfg.errors).filter(visible).length} visible`)), 5000);
      bench.submitted = performance.now();
      button.click();
      // The browser's own validation (and any synchronous renderer) is done when click() returns.
      start(errorsInDom, errorsVisible, (t) => {
        clearTimeout(timeout);
        bench.errorsShown = t;
        resolve(t - bench.submitted);
      });
    });
  };
}

/** The script for one peer (see peers.js). */
export function harness({ radios, submit, errors, errorsAlso, element }) {
  const cfg = { radios, submit, errors, errorsAlso, element, expectedErrors: 4 };
  return `(${install.toString()})(${JSON.stringify(cfg)});`;
}

/**
 * Puppeteer's launch options for a measured browser (run.js, heap.js): Debian's Chromium, and
 * every host name but 127.0.0.1 unresolvable, so nothing can leave the machine.
 */
export const launchOptions = {
  executablePath: chromiumPath(),
  headless: true,
  args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--window-size=1280,900'],
  defaultViewport: { width: 1280, height: 900 },
};

/** What the harness and the page noted by the time the form is rendered (run.js; heap.js reads it too, so its pages match). */
export function timings(page) {
  return page.evaluate(() => ({
    formReady: window.__bench.formReady,
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    html: performance.getEntriesByType('navigation')[0].responseEnd,
    assets: Math.max(0, ...performance.getEntriesByType('resource').map((r) => r.responseEnd)),
    defined: window.__bench.defined,
  }));
}
