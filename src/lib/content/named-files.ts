/**
 * One rule for every file content names (a photo, a cover, an attachment, an image in a body):
 * inside the content folder, present, within MAX_FILE_BYTES, and of an allowed type by its first
 * bytes (src/lib/content/file-types.ts). `npm run check` and the build report what breaks it;
 * what publishes a file (attachments.ts, the Astro pipeline's remarkContainedImages) refuses it again.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { MAX_FILE_BYTES } from './content-limits.ts';
import { fileTypeProblem, readHead, sniffKind, type FileKind } from './file-types.ts';
import { MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE, pictureSize, type PictureSize } from './picture-size.ts';
import type { Message } from './validation-messages.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

export type ContainedFile = { path: string; error?: undefined } | { path?: undefined; error: Message };

/**
 * Resolves `relativePath`, written in the entry file `entryFile`, to a file inside the content
 * folder `root`. Absolute paths, `..` and symbolic links that lead outside the folder are refused:
 * whatever an entry names is published, and it must never be a file of the build machine.
 */
export function containedFile(root: string, entryFile: string, relativePath: string): ContainedFile {
  const path = join(dirname(entryFile), relativePath);
  if (isAbsolute(relativePath) || /^[a-zA-Z]:/.test(relativePath) || !inside(resolve(root), resolve(path))) {
    return {
      error: {
        en: `found "${relativePath}", which leads outside the content folder ${root}; expected a path relative to ${entryFile} that stays inside the content folder`,
        zh: `填写的是 "${relativePath}"，它指向内容目录 ${root} 之外；应为相对于 ${entryFile} 的路径，且不能超出内容目录`,
      },
    };
  }
  if (!existsSync(path)) {
    return { error: { en: `found "${relativePath}", but no such file exists beside ${entryFile}`, zh: `找不到文件 "${relativePath}"；应放在 ${entryFile} 所在目录下` } };
  }
  if (!inside(realpathSync(root), realpathSync(path))) {
    return {
      error: {
        en: `found "${relativePath}", a link to ${realpathSync(path)}, outside the content folder; expected a real file inside ${root}`,
        zh: `"${relativePath}" 是指向内容目录之外（${realpathSync(path)}）的链接；应为 ${root} 中的真实文件`,
      },
    };
  }
  if (!statSync(path).isFile()) return { error: { en: `found "${relativePath}", which is a folder; expected a file`, zh: `"${relativePath}" 是目录；应为文件` } };
  return { path };
}

/** What is wrong with the file `relativePath` named in `entryFile`, where a picture (or an attachment) is expected; empty when nothing is. */
export function namedFileProblems(root: string, entryFile: string, relativePath: string, picture: boolean): Message[] {
  // Astro reads a picture's path only up to a `?` or `#` (the rest is a query for its bundler), while the whole
  // path is what is checked here: `../../x.png?/../photos/a.png` would be judged as photos/a.png and open ../../x.png.
  if (picture && /[?#]/.test(relativePath)) {
    return [
      {
        en: `found "${relativePath}", a path with a query (?) or a fragment (#), which the image pipeline cuts off; expected a picture's file name without ? or # (rename the file)`,
        zh: `图片路径 "${relativePath}" 含有 ? 或 #，图片处理会在此截断路径；图片文件名中不能有 ? 或 #（请重命名文件）`,
      },
    ];
  }
  // A % left in a picture's path (after a body's %-escapes are read) is read again as an escape by the
  // image pipeline: images/..%2F..%2Fx.jpg, a file of this folder here, would be ../../x.jpg there.
  if (picture && relativePath.includes('%')) {
    return [
      {
        en: `found "${relativePath}", a path with %, which the image pipeline reads as an escape; expected a picture's file name without % (rename the file)`,
        zh: `图片路径 "${relativePath}" 含有 %，图片处理会把它当作转义符；图片文件名中不能有 %（请重命名文件）`,
      },
    ];
  }
  // An attachment is published under its own file name, which its link gives as written: a ? or #
  // there ends the link's path (scan#p2.pdf is asked for as scan), and a % begins an escape.
  if (!picture && /[?#%]/.test(basename(relativePath))) {
    return [
      {
        en: `found "${relativePath}", a file name with ?, # or %, which a link reads as the end of its path or an escape, so the published file could not be opened; expected a file name without them (rename the file)`,
        zh: `附件文件名 "${relativePath}" 含有 ?、# 或 %，链接会把它们当作路径的结束或转义符，发布后的文件无法打开；文件名中不能有这些字符（请重命名文件）`,
      },
    ];
  }
  const resolved = containedFile(root, entryFile, relativePath);
  if (resolved.error) return [resolved.error];
  const problems: Message[] = [];
  const bytes = statSync(resolved.path).size;
  if (bytes > MAX_FILE_BYTES) {
    problems.push(
      picture
        ? {
            en: `found "${relativePath}" of ${megabytes(bytes)}; expected an image of at most ${megabytes(MAX_FILE_BYTES)} (resize it before adding it)`,
            zh: `图片 "${relativePath}" 大小为 ${megabytes(bytes)}；图片最大 ${megabytes(MAX_FILE_BYTES)}（请先缩小再添加）`,
          }
        : {
            en: `found "${relativePath}" of ${megabytes(bytes)}; expected a file of at most ${megabytes(MAX_FILE_BYTES)}`,
            zh: `文件 "${relativePath}" 大小为 ${megabytes(bytes)}；文件最大 ${megabytes(MAX_FILE_BYTES)}`,
          },
    );
  }
  const head = readHead(resolved.path);
  const type = fileTypeProblem(relativePath, head, picture);
  if (type) problems.push(type);
  else if (picture) problems.push(...pictureSizeProblems(relativePath, resolved.path, sniffKind(head)));
  return problems;
}

/** A picture whose size cannot be read (a damaged file), that is animated, or is beyond MAX_PICTURE_PIXELS or MAX_PICTURE_SIDE. */
function pictureSizeProblems(relativePath: string, path: string, kind: FileKind | undefined): Message[] {
  return pictureProblems(relativePath, kind && pictureSize(path, kind));
}

/** What is wrong with a picture of this size (read from its header; undefined when it cannot be read), named `relativePath`. */
export function pictureProblems(relativePath: string, size: PictureSize | undefined): Message[] {
  if (!size || size.width === 0 || size.height === 0)
    return [
      {
        en: `found "${relativePath}", whose size in pixels cannot be read: the file is damaged or not a whole picture; expected a picture that opens (save it again from an image program)`,
        zh: `无法读取图片 "${relativePath}" 的像素尺寸：文件已损坏或不完整；请用图片软件重新保存后再添加`,
      },
    ];
  if (size.animated)
    return [
      {
        en: `found "${relativePath}", an animated picture; expected a still picture (save one frame as JPEG or PNG): the image pipeline reads every frame as one tall picture`,
        zh: `图片 "${relativePath}" 是动图；应为静态图片（请把其中一帧另存为 JPEG 或 PNG）：图片处理会把所有帧当作一张长图`,
      },
    ];
  const pixels = size.width * size.height;
  if (pixels <= MAX_PICTURE_PIXELS && Math.max(size.width, size.height) <= MAX_PICTURE_SIDE) return [];
  return [
    {
      en: `found "${relativePath}" of ${size.width} × ${size.height} pixels; expected at most ${MAX_PICTURE_PIXELS / 1_000_000} million pixels and ${MAX_PICTURE_SIDE} on a side (resize it before adding it)`,
      zh: `图片 "${relativePath}" 为 ${size.width} × ${size.height} 像素；最多 ${MAX_PICTURE_PIXELS / 10_000} 万像素，每边最多 ${MAX_PICTURE_SIDE} 像素（请先缩小再添加）`,
    },
  ];
}
