/**
 * What the editor's server answers when it refuses or fails: one message in Chinese, then English,
 * with an HTTP status; never a stack. Backend faults (git missing, a full disk) are told as such.
 */

/** A refusal or a fault the editor explains to its user: `{error: "中文 / English"}` with `status`. */
export class EditorError extends Error {
  readonly status: number;
  readonly zh: string;
  readonly en: string;
  /** Extra fields of the answer (problems of a refused check). */
  readonly details: Record<string, unknown>;

  constructor(status: number, zh: string, en: string, details: Record<string, unknown> = {}) {
    super(zh.includes('\n') ? `${zh}\n\n${en}` : `${zh} / ${en}`);
    this.status = status;
    this.zh = zh;
    this.en = en;
    this.details = details;
  }
}

/** A refusal: status, Chinese, English. */
export const refuse = (
  status: number,
  zh: string,
  en: string,
  details?: Record<string, unknown>,
): EditorError => new EditorError(status, zh, en, details);

/** The error of a failed child process (git, the build), with its output for the log. */
export class CommandError extends Error {
  readonly command: string;
  readonly code: number | null;
  readonly output: string;

  constructor(command: string, code: number | null, output: string) {
    super(`${command} exited with ${code}: ${output.trim().split('\n').slice(-5).join('\n')}`);
    this.command = command;
    this.code = code;
    this.output = output;
  }
}

/** Any thrown value as the editor's answer: its own errors as they are, known system faults explained, anything else as an internal error. */
export function asEditorError(error: unknown): EditorError {
  if (error instanceof EditorError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC')
    return refuse(
      507,
      '磁盘已满，未保存任何内容；请联系管理员清理磁盘后重试',
      'The disk is full; nothing was saved. Ask the administrator to free space, then retry',
    );
  if (code === 'EACCES' || code === 'EPERM')
    return refuse(
      500,
      '服务器没有写入内容目录的权限，未保存任何内容',
      'The server may not write to the content folder; nothing was saved',
    );
  if (code === 'ENOENT' && (error as NodeJS.ErrnoException).syscall?.startsWith('spawn'))
    return refuse(
      500,
      '服务器上找不到 git 程序，编辑器无法工作；请联系管理员安装 git',
      'git is not installed on the server; the editor cannot work without it. Ask the administrator to install git',
    );
  if (error instanceof CommandError && /No space left on device/i.test(error.output))
    return asEditorError(Object.assign(new Error(), { code: 'ENOSPC' }));
  if (error instanceof CommandError && /index\.lock|Unable to create .*lock/i.test(error.output))
    return refuse(
      409,
      '仓库正被另一个 git 操作占用，请稍后重试',
      'The repository is busy with another git operation; retry in a moment',
    );
  return refuse(
    500,
    '服务器内部错误，未保存任何内容；详情见服务器日志',
    'Internal error in the editor server; nothing was saved. The server log has the details',
  );
}
