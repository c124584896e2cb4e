// A page with one element, configured by the query string, for tests that need a real page
// load (a reload in the middle of a form): ?tag=status-survey&draft-key=k&resident-id=r-1
import '../../src/define.js';

const params = new URLSearchParams(location.search);
const el = document.createElement(params.get('tag') ?? 'status-survey');
for (const [name, value] of params) if (name !== 'tag') el.setAttribute(name, value);
document.querySelector('main')!.append(el);
