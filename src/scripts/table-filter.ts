import { syncLanguageLink } from './language-link.ts';
/**
 * Progressive filtering of a table: a form with selects named after `data-*` attributes of the
 * rows hides the rows that do not match. Without JavaScript the form stays hidden and the
 * whole table shows. The chosen filters are kept in the URL query so that a view can be shared.
 * A row with several values under one name (an achievement of two studios) lists them separated
 * by spaces, and matches any of them.
 */
function setUp(form: HTMLFormElement): void {
  const table = document.getElementById(form.dataset.filters ?? '');
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  if (!table) return;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }

  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      const match = selects.every((select) => !select.value || (row.dataset[select.name] ?? '').split(' ').includes(select.value));
      row.hidden = !match;
      if (match) shown += 1;
    }
    if (status) status.textContent = `${status.dataset.label ?? ''} ${shown} / ${rows.length}`;
    const query = new URLSearchParams();
    for (const select of selects) if (select.value) query.set(select.name, select.value);
    const search = query.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
    syncLanguageLink();
  };

  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.hidden = false;
  apply();
}

document.querySelectorAll<HTMLFormElement>('form[data-filters]').forEach(setUp);

// A page opened with a query (a shared link) keeps it when the reader switches language.
syncLanguageLink();
