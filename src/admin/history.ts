/**
 * The version history of the entry open in Decap: who changed it, when and how (the git log of its file, read by the
 * server), each earlier version with a button that restores it. Shown in a modal <dialog> (focus kept inside, Esc closes).
 */
import { readProblems, readVersions, studioPost, type Version } from './api.ts';
import { el, problemList, type Panel } from './panel.ts';
import { formatWhen, T } from './strings.ts';

/** The entry the hash shows (Decap's routes: #/collections/<collection>/entries/<slug>), if one is open. */
export function openEntry(hash = location.hash): { collection: string; slug: string } | undefined {
  const match = /^#\/collections\/([^/]+)\/entries\/(.+?)\/?$/.exec(hash);
  if (!match) return undefined;
  try {
    return { collection: decodeURIComponent(match[1]!), slug: decodeURIComponent(match[2]!) };
  } catch {
    return undefined;
  }
}

/** Wires the panel's history button to the open entry. */
export function setUpHistory(panel: Panel): void {
  const dialog = el('dialog', { className: 'studio-history' });
  dialog.setAttribute('aria-labelledby', 'studio-history-title');
  document.body.append(dialog);

  const follow = () => (panel.historyButton.hidden = !openEntry());
  window.addEventListener('hashchange', follow);
  follow();

  panel.historyButton.addEventListener('click', () => {
    const entry = openEntry();
    if (!entry) return;
    const body = el('div', { className: 'studio-history-body' }, el('p', {}, T.historyLoading));
    body.setAttribute('aria-live', 'polite');
    const close = el('button', { type: 'button', className: 'studio-close' }, T.close);
    close.addEventListener('click', () => dialog.close());
    dialog.replaceChildren(
      el('h2', { id: 'studio-history-title' }, `${T.historyTitle}：${entry.slug}`),
      body,
      close,
    );
    dialog.showModal();
    studioPost('history', entry)
      .then((json) => body.replaceChildren(versionsTable(entry, readVersions(json), body)))
      .catch((error: Error) =>
        body.replaceChildren(
          el('p', { className: 'studio-failed' }, T.historyFailed + error.message),
        ),
      );
  });
}

function versionsTable(
  entry: { collection: string; slug: string },
  versions: Version[],
  body: HTMLElement,
): Node {
  if (versions.length === 0) return el('p', {}, T.historyEmpty);
  const head = el(
    'tr',
    {},
    ...[T.when, T.who, T.what, ''].map((label) => el('th', { scope: 'col' }, label)),
  );
  const rows = versions.map((version, index) => {
    const when = formatWhen(version.date);
    const cells = [
      el('td', {}, el('time', { dateTime: version.date }, when)),
      el('td', {}, version.author),
      el('td', {}, version.message),
    ];
    // The newest version is what the editor shows already.
    const action = el('td');
    if (index > 0 && version.commit) {
      const button = el('button', { type: 'button' }, T.restore);
      button.setAttribute('aria-label', `${T.restore}（${when}）`);
      button.addEventListener('click', () => void restore(entry, version, when, body));
      action.append(button);
    }
    return el('tr', {}, ...cells, action);
  });
  return el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows));
}

async function restore(
  entry: { collection: string; slug: string },
  version: Version,
  when: string,
  body: HTMLElement,
): Promise<void> {
  if (!window.confirm(T.restoreConfirm(when))) return;
  try {
    const json = await studioPost('restore', { ...entry, commit: version.commit });
    const problems = readProblems(json);
    if (problems.length > 0) {
      body.replaceChildren(
        el('p', { className: 'studio-failed' }, T.restoreFailed),
        problemList(problems),
      );
      return;
    }
    body.replaceChildren(el('p', {}, T.restored));
    // Decap keeps the entry it loaded: opening the page again makes it read the restored file from the server.
    setTimeout(() => location.reload(), 800);
  } catch (error) {
    body.replaceChildren(
      el('p', { className: 'studio-failed' }, T.restoreFailed + (error as Error).message),
    );
  }
}
