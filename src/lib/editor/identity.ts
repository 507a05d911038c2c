/**
 * Who is asking: trusted headers set by the web server in front (nginx, the union's single
 * sign-on), else the defaults the editor was started with (`--user`, `--email`, `--role`).
 */
import type { IncomingMessage } from 'node:http';
import { refuse } from './errors.ts';

/** The two roles: an editor writes drafts, a reviewer also publishes and deletes published entries. */
export const ROLES = ['editor', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user. */
export interface Identity {
  name: string;
  email: string;
  role: Role;
}

/** What the server was started with, for a header that is absent. */
export interface IdentityDefaults {
  user?: string;
  email?: string;
  role?: string;
}

/**
 * What a name or email may not hold: control characters (a line break would add a line to the commit), `<` and `>`
 * (git's author syntax), line and paragraph separators, and the invisible direction marks that make a name read
 * as another (U+202E shows `abc` as `cba`) in git logs and the history list.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern refuses
const CONTROL = /[\u0000-\u001F\u007F-\u009F<>\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/;

/** A header's value, URI-decoded (names such as 王芳 come percent-encoded: headers are Latin-1). */
function header(request: IncomingMessage, name: string): string | undefined {
  const raw = request.headers[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value).trim();
  } catch {
    throw refuse(
      400,
      `请求头 ${name} 不是有效的 URI 编码`,
      `The ${name} header is not valid URI encoding`,
    );
  }
}

/**
 * The user of a request; refuses a missing name, an unknown role or a name with control characters.
 * Started with `--user` (one person on the machine itself), the editor is that person, whatever a
 * request's headers say: else any program on the machine could name itself a reviewer with a header.
 * Without it, the headers nginx sets are the identity.
 */
export function identify(request: IncomingMessage, defaults: IdentityDefaults): Identity {
  const local = Boolean(defaults.user);
  const name = (local ? undefined : header(request, 'x-studio-user')) ?? defaults.user ?? '';
  const email = (local ? undefined : header(request, 'x-studio-email')) ?? defaults.email ?? '';
  // The role is a word nginx sets: taken exactly as sent (not decoded, not trimmed), so `reviewer%0A` is no reviewer.
  const sentRole = local ? undefined : request.headers['x-studio-role'];
  const role =
    (Array.isArray(sentRole) ? sentRole.join(', ') : sentRole) ?? defaults.role ?? 'editor';
  if (!name)
    throw refuse(
      401,
      '未登录：缺少用户名（X-Studio-User），或启动编辑器时加 --user',
      'Not signed in: no user name (X-Studio-User), or start the editor with --user',
    );
  // A name with no letter or digit (".", "-") is refused too: git will not author a commit by it.
  if (
    CONTROL.test(name) ||
    CONTROL.test(email) ||
    name.length > 200 ||
    email.length > 200 ||
    !/[\p{L}\p{N}]/u.test(name)
  )
    throw refuse(
      400,
      '用户名或邮箱含有不允许的字符',
      'The user name or email contains characters that are not allowed',
    );
  if (!(ROLES as readonly string[]).includes(role))
    throw refuse(
      403,
      `未知角色 "${role}"：只能是 editor（编辑）或 reviewer（审核）`,
      `Unknown role "${role}": it must be editor or reviewer`,
    );
  return { name, email, role: role as Role };
}

/** Refuses an editor what only a reviewer may do. */
export function requireReviewer(user: Identity, zhAction: string, enAction: string): void {
  if (user.role !== 'reviewer')
    throw refuse(
      403,
      `只有审核人可以${zhAction}；${user.name} 的角色是编辑`,
      `Only a reviewer may ${enAction}; ${user.name} is an editor`,
    );
}

/** The key under which a user's reads are remembered. */
export const userKey = (user: Identity): string => `${user.name}\n${user.email}`;
