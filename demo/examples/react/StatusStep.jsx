// A React 19 component using <status-survey>. React 19 passes props to custom elements as
// properties (residentId, value, lang) and `on<event-name>` props as event listeners.
import { useState } from 'react';
import 'raadgivning-forms/status-survey'; // registers <status-survey>

export function StatusStep({ residentId, previous, onSaved }) {
  const [lang, setLang] = useState('da');
  return (
    <section>
      <button type="button" onClick={() => setLang(lang === 'da' ? 'en' : 'da')}>
        {lang === 'da' ? 'English' : 'Dansk'}
      </button>
      <status-survey
        residentId={residentId}
        lang={lang}
        value={previous}
        onresponse-submit={(event) => onSaved(event.detail)}
      />
    </section>
  );
}
