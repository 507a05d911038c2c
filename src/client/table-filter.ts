import { syncLanguageLink } from './language-link.ts';
/**
 * Progressive filtering of a table: a form with selects named after `data-*` attributes of the
 * rows hides the rows that do not match. Without JavaScript the form stays hidden and the
 * whole table shows. The chosen filters are kept in the URL query so that a view can be shared;
 * each change is a history entry, so the back button returns to the previous filters. A row with
 * several values under one name (an achievement of two studios) lists them separated by spaces,
 * and matches any of them. When nothing matches, the table gives way to a message with a button
 * that clears the filters. A link with `data-filter-query` (a cell of the awards' level × rank
 * table) sets the filters in place instead of opening its static page.
 */
function setUp(form: HTMLFormElement): void {
  const table = document.getElementById(form.dataset.filters ?? '');
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const empty = form.querySelector<HTMLElement>('[data-filter-empty]');
  if (!table) return;
  const region = table.closest<HTMLElement>('.table-wrap') ?? table;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];

  const read = (search: string) => {
    const params = new URLSearchParams(search);
    for (const select of selects) {
      const wanted = params.get(select.name) ?? '';
      select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
    }
  };

  const apply = (record: boolean) => {
    let shown = 0;
    for (const row of rows) {
      const match = selects.every(
        (select) =>
          !select.value || (row.dataset[select.name] ?? '').split(' ').includes(select.value),
      );
      row.hidden = !match;
      if (match) shown += 1;
    }
    if (status) status.textContent = `${status.dataset.label ?? ''} ${shown} / ${rows.length}`;
    region.hidden = shown === 0;
    if (empty) empty.hidden = shown > 0;
    const query = new URLSearchParams();
    for (const select of selects) if (select.value) query.set(select.name, select.value);
    const search = query.toString() ? `?${query}` : '';
    if (record && search !== location.search)
      history.pushState(null, '', `${location.pathname}${search}`);
    syncLanguageLink();
  };

  form.addEventListener('change', () => apply(true));
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(true);
  });
  addEventListener('popstate', () => {
    read(location.search);
    apply(false);
  });
  document.querySelectorAll<HTMLAnchorElement>('a[data-filter-query]').forEach((link) =>
    link.addEventListener('click', (event) => {
      event.preventDefault();
      read(link.dataset.filterQuery ?? '');
      apply(true);
      form.scrollIntoView();
    }),
  );
  form.hidden = false;
  read(location.search);
  apply(false);
}

document.querySelectorAll<HTMLFormElement>('form[data-filters]').forEach(setUp);

// A page opened with a query (a shared link) keeps it when the reader switches language.
syncLanguageLink();
