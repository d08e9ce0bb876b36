// The SQLite database and its WAL and shared-memory files hold everything Margin knows, password
// hashes included: readable and writable by the server's user only (0600), whatever the umask.
// SQLite gives the -wal and -shm files the permissions of the database file.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from "node:fs";
import { dirname } from "node:path";

export const PRIVATE_FILE_MODE = 0o600;

/** Creates `path` empty with mode 0600 if it does not exist; narrows it to 0600 if it does. */
export function ensurePrivateFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (!existsSync(path)) closeSync(openSync(path, "a", PRIVATE_FILE_MODE));
  narrowToPrivate(path);
}

/** The database file and the journal files beside it, when present. */
export function ensurePrivateSqliteFiles(path: string): void {
  ensurePrivateFile(path);
  for (const suffix of ["-wal", "-shm", "-journal"]) if (existsSync(path + suffix)) narrowToPrivate(path + suffix);
}

function narrowToPrivate(path: string): void {
  if ((statSync(path).mode & 0o777) !== PRIVATE_FILE_MODE) chmodSync(path, PRIVATE_FILE_MODE);
}
