/**
 * Sorting a table by its columns, as an enhancement: without JavaScript the rows keep the order the
 * page was built in (newest first), and the header that order follows says so with aria-sort.
 * A header with `data-sort` (text, number or date) gets a button; pressing it sorts by that column,
 * ascending first, then the other way. A cell sorts by its `data-sort-value` when it has one (a
 * date's sort key, a raw number, a level's rank in its vocabulary), else by its text. Cells with no
 * value (未注明, —: an empty data-sort-value) stay at the end in both directions.
 */
const collator = new Intl.Collator(document.documentElement.lang, { numeric: true });

function sortValue(cell: HTMLTableCellElement | undefined): string {
  return cell?.dataset.sortValue ?? cell?.textContent?.trim() ?? '';
}

function compare(kind: string, a: string, b: string): number {
  if (kind === 'number') return Number(a) - Number(b);
  if (kind === 'date') return a < b ? -1 : a > b ? 1 : 0;
  return collator.compare(a, b);
}

function setUp(table: HTMLTableElement): void {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  const body = table.tBodies[0];
  if (!body) return;
  headers.forEach((header, column) => {
    const kind = header.dataset.sort;
    if (!kind) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.sortButton = '';
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const keyed = [...body.rows].map((row, index) => ({
        row,
        index,
        value: sortValue(row.cells[column]),
      }));
      keyed.sort((a, b) => {
        if (!a.value || !b.value) return Number(!a.value) - Number(!b.value) || a.index - b.index;
        return (ascending ? 1 : -1) * compare(kind, a.value, b.value) || a.index - b.index;
      });
      body.append(...keyed.map(({ row }) => row));
    });
  });
}

document.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach(setUp);
