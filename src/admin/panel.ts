/**
 * The small fixed panel the admin page adds beside Decap (plain DOM): who is signed in, the language switch, the
 * entry's version history, and the state of the last publish, read from the server while a build runs.
 */
import { readIdentity, readStatus, studioPost, type Problem, type PublishStatus } from './api.ts';
import { formatWhen, switchLocale, T } from './strings.ts';

/** Builds an element with its class, text and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A list of problems, each with the field it names. */
export function problemList(problems: Problem[]): HTMLUListElement {
  return el(
    'ul',
    { className: 'studio-problems' },
    ...problems.map((p) => el('li', {}, p.field ? `${p.field}：${p.message}` : p.message)),
  );
}

export interface Panel {
  /** The 版本历史 button, shown while an entry is open. */
  historyButton: HTMLButtonElement;
  /** Shows what a save or a check found, until the next publish status replaces it. */
  showProblems: (heading: string, problems: Problem[]) => void;
  /** Polls the publish status until the build is over (published or failed). */
  watchPublish: () => void;
}

/** Adds the panel to the page and reads who is signed in and where the last publish is. */
export function createPanel(): Panel {
  const user = el('p', { className: 'studio-user' });
  const language = el(
    'button',
    {
      type: 'button',
      lang: T.switchLanguage === 'English' ? 'en' : 'zh-CN',
      title: T.switchLanguageLabel,
    },
    T.switchLanguage,
  );
  language.setAttribute('aria-label', T.switchLanguageLabel);
  language.addEventListener('click', switchLocale);
  const historyButton = el('button', { type: 'button', hidden: true }, T.history);
  // The live region holds text and links only: its changes are read out, its controls stay outside it.
  const status = el('div', { className: 'studio-status' });
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const panel = el(
    'aside',
    { className: 'studio-panel' },
    user,
    el('div', { className: 'studio-actions' }, historyButton, language),
    status,
  );
  panel.setAttribute('aria-label', T.panel);
  document.body.append(panel);

  studioPost('whoami')
    .then((json) => {
      const { user: name, role } = readIdentity(json);
      user.textContent = T.signedIn(name, T.roles[role] ?? role);
    })
    .catch(() => (user.textContent = ''));

  const show = (...children: (Node | string)[]) => status.replaceChildren(...children);

  function render(state: PublishStatus): void {
    if (state.state === 'checking') return show(el('p', {}, T.checking));
    if (state.state === 'building') return show(el('p', {}, T.building));
    if (state.state === 'failed')
      return show(
        el('p', { className: 'studio-failed' }, T.failed + (state.error ?? '')),
        problemList(state.problems),
      );
    if (state.state === 'published') {
      // Only site paths become links (the server sends paths such as /studios/x/): nothing else can name a scheme.
      const links = state.urls
        .filter((url) => /^\/(?![/\\])/.test(url))
        .map((url) => el('li', {}, el('a', { href: url, target: '_blank', rel: 'noopener' }, url)));
      const heading = el(
        'p',
        { className: 'studio-published' },
        state.finished ? T.publishedAt(formatWhen(state.finished)) : T.published,
      );
      return show(
        heading,
        ...(links.length ? [el('p', {}, T.changedPages), el('ul', {}, ...links)] : []),
      );
    }
    show();
  }

  let generation = 0;
  let lastFinished: string | undefined;
  /**
   * Asks every 2 s while a build is under way. After a publish starts it goes on until a build has run or the
   * status names a newer finish than before (the publish may answer only when its build is done), at most a minute idle.
   */
  async function poll(afterPublish: boolean): Promise<void> {
    const mine = ++generation;
    const before = lastFinished;
    let sawRunning = false;
    let idle = 0;
    try {
      while (mine === generation) {
        const state = readStatus(await studioPost('publish-status'));
        if (mine !== generation) return;
        const running = state.state === 'checking' || state.state === 'building';
        sawRunning ||= running;
        // Until this publish shows up, the status still describes the one before: say it is being checked.
        const current = !afterPublish || sawRunning || state.finished !== before;
        if (current) render(state);
        else show(el('p', {}, T.checking));
        lastFinished = state.finished;
        if (!running && (current || idle > 60_000)) return current ? undefined : render(state);
        await new Promise((resolve) => setTimeout(resolve, 2000));
        if (!running) idle += 2000;
      }
    } catch {
      if (mine === generation) show(el('p', {}, T.statusUnavailable));
    }
  }
  void poll(false);

  return {
    historyButton,
    showProblems: (heading, problems) =>
      show(el('p', { className: 'studio-failed' }, heading), problemList(problems)),
    watchPublish: () => void poll(true),
  };
}
