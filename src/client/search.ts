/**
 * The search page: Pagefind's JS API behind a form with facets. The query and the chosen
 * filters live in the URL (?q=…&type=…) so that a search can be shared. Results come from the
 * Pagefind bundle of the page's language (src/lib/search/search-bundles.ts).
 */
import { PAGEFIND_OPTIONS } from '../lib/search/search-bundles.ts';
import {
  facetValues,
  resultAliases,
  resultExcerpt,
  type FacetOrder,
} from '../lib/search/search-display.ts';
import { sentenceExcerpt, type ExcerptSource } from '../lib/search/search-excerpt.ts';
import { hasCjk, promoteExactTitles, siteSearch } from '../lib/search/search-rank.ts';
import { syncLanguageLink } from './language-link.ts';

interface PagefindResultData extends ExcerptSource {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: Array<{ url: string; title: string; excerpt: string }>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
const FACETS = ['type', 'level', 'year'] as const;
/** Facets open from this width; below it (one column, as in global.css) they start collapsed. */
const WIDE_LAYOUT = '(min-width: 48.0625rem)';

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void setUp(root);

async function setUp(container: HTMLElement): Promise<void> {
  const strings = JSON.parse(container.dataset.strings ?? '{}') as Record<string, string>;
  const form = container.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const facetOrder = JSON.parse(container.dataset.facetOrder ?? '{}') as Record<string, FacetOrder>;
  const facetsBox = container.querySelector<HTMLElement>('[data-facets]')!;
  const facetsDisclosure = container.querySelector<HTMLDetailsElement>('[data-facets-box]')!;
  const wide = window.matchMedia(WIDE_LAYOUT);
  facetsDisclosure.open = wide.matches;
  wide.addEventListener('change', () => {
    facetsDisclosure.open = wide.matches;
  });
  const status = container.querySelector<HTMLElement>('[data-status]')!;
  const list = container.querySelector<HTMLOListElement>('[data-results]')!;
  const more = container.querySelector<HTMLButtonElement>('[data-more]')!;
  const otherSearch = container.querySelector<HTMLElement>('[data-other-search]');
  container.hidden = false;

  let pagefind: Pagefind;
  try {
    // The bundle of the page's language (src/lib/search/search-bundles.ts).
    const path = `${container.dataset.bundle ?? '/pagefind/'}pagefind.js`;
    pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pagefind.options(PAGEFIND_OPTIONS);
  } catch {
    status.textContent = strings.unavailable ?? '';
    return;
  }

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') === 'date' ? 'date' : '';
  const chosen: Record<string, Set<string>> = Object.fromEntries(
    FACETS.map((facet) => [facet, new Set(params.getAll(facet))]),
  );
  const allFilters = await pagefind.filters();

  let ordered: Array<{ data: () => Promise<PagefindResultData> }> = [];
  let shown = 0;
  /** The query the listed results answer (an excerpt is chosen by it: src/lib/search/search-display.ts). */
  let listedQuery = '';
  let generation = 0;

  const renderFacets = (counts: Record<string, Record<string, number>>) => {
    facetsBox.replaceChildren();
    for (const facet of FACETS) {
      // Only values with results (and those chosen), in the vocabulary's order.
      const values = facetValues(
        counts[facet] ?? {},
        chosen[facet]!,
        facetOrder[facet] ?? [],
        document.documentElement.lang,
      );
      if (!values.length) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = strings[`facet.${facet}`] ?? facet;
      fieldset.append(legend);
      for (const value of values) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = facet;
        box.value = value;
        box.checked = chosen[facet]!.has(value);
        box.addEventListener('change', () => {
          if (box.checked) chosen[facet]!.add(value);
          else chosen[facet]!.delete(value);
          void run();
        });
        const count = counts[facet]?.[value] ?? 0;
        label.append(box, ` ${value} `);
        const badge = document.createElement('span');
        badge.className = 'meta';
        badge.textContent = `(${count})`;
        label.append(badge);
        fieldset.append(label);
      }
      facetsBox.append(fieldset);
    }
  };

  const syncUrl = () => {
    const query = new URLSearchParams();
    if (input.value.trim()) query.set('q', input.value.trim());
    for (const facet of FACETS) for (const value of chosen[facet]!) query.append(facet, value);
    if (sort.value) query.set('sort', sort.value);
    const search = query.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
    syncLanguageLink();
  };

  const renderMore = async () => {
    const batch = ordered.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(batch.map((result) => result.data()));
    for (const data of items) list.append(resultItem(data, listedQuery));
    shown += batch.length;
    more.hidden = shown >= ordered.length;
  };

  async function run(): Promise<void> {
    const current = ++generation;
    syncUrl();
    const query = input.value.trim();
    const filters = Object.fromEntries(
      FACETS.filter((facet) => chosen[facet]!.size).map((facet) => [
        facet,
        { any: [...chosen[facet]!] },
      ]),
    );
    if (otherSearch) otherSearch.hidden = true;
    if (!query && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      renderFacets(allFilters);
      return;
    }
    status.textContent = strings.loading ?? '';
    if (otherSearch) offerChineseSearch(otherSearch, query, strings.inChinese ?? '{q}');
    const byDate = sort.value === 'date';
    // Chinese: the browser may segment the query unlike the index (pagefind#1237); siteSearch adds what a search by characters finds.
    const search = await siteSearch((terms, options) => pagefind.search(terms, options), query, {
      filters,
      sort: byDate ? { date: 'desc' } : undefined,
    });
    // A chosen facet's values are counted as if it had no choice, so that more of them can be added.
    const counts = { ...search.filters };
    for (const facet of FACETS.filter((name) => chosen[name]!.size)) {
      const others = Object.fromEntries(Object.entries(filters).filter(([name]) => name !== facet));
      counts[facet] =
        query || Object.keys(others).length
          ? ((
              await siteSearch((terms, options) => pagefind.search(terms, options), query, {
                filters: others,
              })
            ).filters[facet] ?? {})
          : (allFilters[facet] ?? {});
    }
    if (current !== generation) return;

    // Load the first results to promote an exact title match (a studio's or person's name).
    const head = search.results.slice(0, 20);
    const headData = await Promise.all(
      head.map(async (result) => ({ result, data: await result.data() })),
    );
    if (current !== generation) return;
    const promoted = byDate
      ? headData
      : promoteExactTitles(
          headData.map((item) => ({
            ...item,
            title: item.data.meta.title ?? '',
            aliases: resultAliases(item.data.meta),
          })),
          query,
        );
    ordered = [
      ...promoted.map((item) => ({ data: async () => item.data })),
      ...search.results.slice(20),
    ];
    shown = 0;
    listedQuery = query;
    list.replaceChildren();
    renderFacets(counts);
    await renderMore();
    status.textContent = ordered.length
      ? (strings.results ?? '{n}').replace('{n}', String(ordered.length))
      : (strings.noResults ?? '').replace('{q}', query);
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 250);
  });
  sort.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  more.addEventListener('click', () => void renderMore());
  await run();
}

/**
 * On a page of another language, a query with Chinese characters is offered on the Chinese search
 * page too (same query): the other language's index holds only the Chinese names its pages show.
 */
function offerChineseSearch(box: HTMLElement, query: string, template: string): void {
  box.hidden = !hasCjk(query);
  if (box.hidden) return;
  const link = box.querySelector('a')!;
  const url = new URL(link.getAttribute('href')!.split('?')[0]!, location.href);
  url.search = new URLSearchParams({ q: query }).toString();
  link.href = `${url.pathname}${url.search}`;
  const [before = '', after = ''] = template.split('{q}');
  const typed = document.createElement('span');
  typed.lang = 'zh-CN';
  typed.textContent = query;
  link.replaceChildren(before, typed, after);
}

function resultItem(data: PagefindResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [data.meta.type, data.meta.date].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  // Cut at a sentence, field or clause (search-excerpt.ts), from Pagefind's page text; escaped there,
  // with only <mark> elements added. resultExcerpt escapes what it adds.
  const text =
    sentenceExcerpt(data, data.meta.title ?? '', PAGEFIND_OPTIONS.excerptLength) ?? data.excerpt;
  excerpt.innerHTML = resultExcerpt({ ...data, excerpt: text }, query);
  item.append(heading, meta, excerpt);
  const subs = (data.sub_results ?? [])
    .filter((sub) => sub.url !== data.url && sub.url.includes('#'))
    .slice(0, 3);
  if (subs.length) {
    const subList = document.createElement('ul');
    for (const sub of subs) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = sub.url;
      a.textContent = sub.title;
      li.append(a);
      subList.append(li);
    }
    item.append(subList);
  }
  return item;
}

// A page opened with a query (a shared link) keeps it when the reader switches language.
syncLanguageLink();
