import '../src/define.js';

const survey = document.querySelector('status-survey')!;
const form = document.querySelector<HTMLFormElement>('#host-form')!;
const lang = document.querySelector<HTMLSelectElement>('#lang')!;
const out = (id: string, value: unknown) => {
  document.getElementById(id)!.textContent = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
};

const pageText = {
  da: {
    title: 'Rådgivningsskemaer – demo',
    lang: 'Sprog',
    privacy: 'Demoen sender intet nogen steder hen: alt, du indtaster, gemmes kun i denne browser (IndexedDB) på denne computer.',
    dev: 'Udviklerpanel: det modtager værtssiden',
    received: 'Det modtager værtssiden',
    formdata: 'FormData fra den omgivende <form>',
  },
  en: {
    title: 'Counselling forms – demo',
    lang: 'Language',
    privacy: 'The demo sends nothing anywhere: everything you enter is kept only in this browser (IndexedDB) on this computer.',
    dev: 'Developer panel: what the host page receives',
    received: 'What the host page receives',
    formdata: 'FormData from the enclosing <form>',
  },
};

function applyLanguage(locale: 'da' | 'en') {
  // The page's own lang: the survey follows it, as it would in a host system.
  document.documentElement.lang = locale;
  const t = pageText[locale];
  document.title = t.title;
  out('page-title', t.title);
  out('lang-label', t.lang);
  out('privacy-note', t.privacy);
  out('dev-summary', t.dev);
  out('received-title', t.received);
  out('formdata-title', t.formdata);
}

lang.addEventListener('change', () => applyLanguage(lang.value as 'da' | 'en'));

survey.addEventListener('response-change', (e) => out('change-output', e.detail));
survey.addEventListener('response-submit', (e) => out('event-output', e.detail));
form.addEventListener('submit', (e) => {
  // A real host would let the browser post the form; the demo shows what would be sent.
  e.preventDefault();
  const data = [...new FormData(form)].map(([k, v]) => `${k} = ${v}`).join('\n');
  out('formdata-output', data);
});
