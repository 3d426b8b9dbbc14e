import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@assist/elements/faq-search.js';
import { configure } from '@assist/elements';

configure({ apiBase: '/api', clientId: 'demo', market: 'SE' });

// React 19 renders custom elements natively: `limit` is set as a property (the element defines it),
// and `onassist-article-select` listens to the `assist-article-select` event.
function Help() {
  const [chosen, setChosen] = useState(null);
  return (
    <main>
      <h1>Help</h1>
      <assist-faq-search
        placeholder="Search our help"
        limit={3}
        onassist-article-select={(event) => {
          event.preventDefault();
          setChosen(event.detail.title);
        }}
      />
      <p role="status">{chosen ? `You chose: ${chosen}` : ''}</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <Help />
  </StrictMode>,
);
