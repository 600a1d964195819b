#!/usr/bin/env node
// Usage: node tools/lock-optional-platforms.mjs package-lock.json  (run after any `npm install`).
// This machine's npm registry does not serve some platform binaries of other operating systems
// (e.g. @pagefind/darwin-arm64), so `npm install` leaves them out of the lock, and then `npm ci`
// refuses the lock ("Missing: … from lock file"). Recording them as optional, platform-bound
// entries makes `npm ci` accept the lock; on Linux they are skipped as usual.
// Add lock entries for optional platform packages that this registry mirror does not serve,
// so `npm ci` (which compares the lock against every optional dependency) accepts the lock.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
const lockPath = process.argv[2];
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const pk = lock.packages;
let added = 0;
const infer = (name) => {
  const n = name.toLowerCase();
  const os = /darwin|macos/.test(n)
    ? 'darwin'
    : /win32|windows/.test(n)
      ? 'win32'
      : /freebsd/.test(n)
        ? 'freebsd'
        : /openbsd/.test(n)
          ? 'openbsd'
          : /netbsd/.test(n)
            ? 'netbsd'
            : /android/.test(n)
              ? 'android'
              : /sunos/.test(n)
                ? 'sunos'
                : /aix/.test(n)
                  ? 'aix'
                  : /openharmony/.test(n)
                    ? 'openharmony'
                    : /linux/.test(n)
                      ? 'linux'
                      : null;
  const cpu = /arm64|aarch64/.test(n)
    ? 'arm64'
    : /arm-?eabi|-arm(-|$)|armv7/.test(n)
      ? 'arm'
      : /ia32|-x86(-|$)|i686/.test(n)
        ? 'ia32'
        : /x64|x86_64|amd64/.test(n)
          ? 'x64'
          : /ppc64/.test(n)
            ? 'ppc64'
            : /riscv64/.test(n)
              ? 'riscv64'
              : /s390x/.test(n)
                ? 's390x'
                : /loong64/.test(n)
                  ? 'loong64'
                  : /mips64el/.test(n)
                    ? 'mips64el'
                    : /wasm32/.test(n)
                      ? 'wasm32'
                      : null;
  const libc = /musl/.test(n) ? 'musl' : /gnu/.test(n) && os === 'linux' ? 'glibc' : null;
  return { os, cpu, libc };
};
for (const [path, meta] of Object.entries(pk)) {
  for (const [name, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    // resolve like node: nested first, then hoisted
    const base = path ? path + '/node_modules/' : 'node_modules/';
    if (pk[base + name] || pk['node_modules/' + name]) continue;
    const version = spec.replace(/^[\^~=]/, '');
    let info = null;
    try {
      info = JSON.parse(
        execFileSync('npm', ['view', `${name}@${version}`, 'os', 'cpu', 'libc', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }) || 'null',
      );
    } catch {}
    const guess = infer(name);
    const entry = { version, optional: true };
    const os = info?.os ?? (guess.os ? [guess.os] : undefined);
    const cpu = info?.cpu ?? (guess.cpu ? [guess.cpu] : undefined);
    const libc = info?.libc ?? (guess.libc ? [guess.libc] : undefined);
    if (!os && !cpu) {
      console.error('cannot tell platform of', name);
      continue;
    }
    if (cpu) entry.cpu = cpu;
    if (libc) entry.libc = libc;
    if (os) entry.os = os;
    pk['node_modules/' + name] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
