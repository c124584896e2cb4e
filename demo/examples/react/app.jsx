import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { StatusStep } from './StatusStep.jsx';

function App() {
  const [saved, setSaved] = useState(null);
  return (
    <main>
      <h1>React host</h1>
      <StatusStep
        residentId="r-react-1"
        previous={{ answers: { counsellingType: 'type4', contact: 'digital' } }}
        onSaved={setSaved}
      />
      <h2>Saved</h2>
      <pre id="saved">{saved ? JSON.stringify(saved, null, 2) : '–'}</pre>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
