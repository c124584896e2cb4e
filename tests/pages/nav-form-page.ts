// The page tests/node/navigation.test.js leaves and comes back to; `window.persisted` says
// whether the browser showed it from its back/forward cache.
import '../../src/define.js';

if (location.search.includes('nobfcache')) addEventListener('unload', () => {});
addEventListener('pageshow', (e) => ((window as unknown as { persisted: boolean }).persisted = e.persisted));
