/** Every string the admin page adds to Decap's own interface, in Chinese and English. */

/** The interface language: Decap's locale names, Chinese by default. */
export type AdminLocale = 'zh_Hans' | 'en';

const STORAGE_KEY = 'studio-admin-locale';

/** The language chosen on this browser (localStorage), else Chinese. */
export function chosenLocale(): AdminLocale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh_Hans';
  } catch {
    return 'zh_Hans';
  }
}

/** Keeps the choice and reloads: Decap reads its locale once, from the configuration, when it starts. */
export function switchLocale(): void {
  try {
    localStorage.setItem(STORAGE_KEY, chosenLocale() === 'en' ? 'zh_Hans' : 'en');
  } catch {
    // Storage refused (private mode): nothing to keep, the page stays in its language.
    return;
  }
  location.reload();
}

const ZH = {
  panel: '编辑助手',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch the editor to English',
  signedIn: (user: string, role: string) => `当前用户：${user}（${role}）`,
  roles: { editor: '编辑', reviewer: '审核人' } as Record<string, string>,
  checking: '检查中…',
  building: '构建中…',
  published: '已发布',
  publishedAt: (when: string) => `已发布（${when}）`,
  failed: '发布未完成：',
  statusUnavailable: '无法获取发布状态。',
  changedPages: '已更新的页面：',
  problemsSaving: (n: number) => `内容有 ${n} 个问题，未保存`,
  checkUnreachable: '无法连接内容检查服务，未保存。请稍后再试或联系管理员。',
  history: '版本历史',
  historyTitle: '版本历史',
  historyEmpty: '这个条目还没有历史版本。',
  historyLoading: '正在读取版本历史…',
  historyFailed: '无法读取版本历史：',
  restore: '恢复此版本',
  restoreConfirm: (when: string) => `把这个条目恢复为 ${when} 的版本？当前内容仍保留在版本历史中。`,
  restoreFailed: '恢复失败：',
  restored: '已恢复，正在重新打开条目…',
  close: '关闭',
  who: '修改人',
  when: '时间',
  what: '说明',
  problemHere: '问题：',
};

const EN: typeof ZH = {
  panel: 'Editor assistant',
  switchLanguage: '中文',
  switchLanguageLabel: '把编辑器切换为中文',
  signedIn: (user, role) => `Signed in: ${user} (${role})`,
  roles: { editor: 'editor', reviewer: 'reviewer' },
  checking: 'Checking…',
  building: 'Building…',
  published: 'Published',
  publishedAt: (when) => `Published (${when})`,
  failed: 'Not published: ',
  statusUnavailable: 'The publishing status is not available.',
  changedPages: 'Pages updated: ',
  problemsSaving: (n) => `Not saved: ${n} problem${n === 1 ? '' : 's'} in the content`,
  checkUnreachable:
    'The content check could not be reached, so nothing was saved. Try again later or ask the administrator.',
  history: 'Version history',
  historyTitle: 'Version history',
  historyEmpty: 'This entry has no earlier versions.',
  historyLoading: 'Reading the version history…',
  historyFailed: 'The version history could not be read: ',
  restore: 'Restore this version',
  restoreConfirm: (when) =>
    `Restore this entry to the version of ${when}? The current content stays in the history.`,
  restoreFailed: 'Restoring failed: ',
  restored: 'Restored; opening the entry again…',
  close: 'Close',
  who: 'By',
  when: 'When',
  what: 'What',
  problemHere: 'Problem: ',
};

/** The strings of the chosen language. */
export const T = chosenLocale() === 'en' ? EN : ZH;

/** A date and time as people in China read it, in the interface language. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(chosenLocale() === 'en' ? 'en-GB' : 'zh-CN', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(date);
}
