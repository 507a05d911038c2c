/**
 * A value kept in a file between runs (the checked files, the twins' names), v8-serialized behind
 * the SHA-256 of its bytes: a file changed on disk, cut short or written by another version reads
 * as no value, never as a wrong one. Written to a temporary and renamed, so a reader sees the old
 * file or the new one; a file that cannot be written is left out (it costs time, not correctness).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { temporaryName } from './owned-temporaries.ts';

const DIGEST_BYTES = 32;
const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/** The value in `file`, or undefined when there is none or it fails its check. */
export function readSealed(file: string): unknown {
  try {
    const bytes = readFileSync(file);
    const payload = bytes.subarray(DIGEST_BYTES);
    if (!sha256(payload).equals(bytes.subarray(0, DIGEST_BYTES))) return undefined;
    return deserialize(payload);
  } catch {
    return undefined;
  }
}

/** Writes `value` to `file`, replacing it whole. */
export function writeSealed(file: string, value: unknown): void {
  const temporary = temporaryName(file);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const payload = serialize(value);
    writeFileSync(temporary, Buffer.concat([sha256(payload), payload]));
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}
