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
// The first pattern a package name matches says its os or cpu (order matters: "arm64" before "arm").
const OS_PATTERNS = [
  [/darwin|macos/, 'darwin'],
  [/win32|windows/, 'win32'],
  [/freebsd/, 'freebsd'],
  [/openbsd/, 'openbsd'],
  [/netbsd/, 'netbsd'],
  [/android/, 'android'],
  [/sunos/, 'sunos'],
  [/aix/, 'aix'],
  [/openharmony/, 'openharmony'],
  [/linux/, 'linux'],
];
const CPU_PATTERNS = [
  [/arm64|aarch64/, 'arm64'],
  [/arm-?eabi|-arm(-|$)|armv7/, 'arm'],
  [/ia32|-x86(-|$)|i686/, 'ia32'],
  [/x64|x86_64|amd64/, 'x64'],
  [/ppc64/, 'ppc64'],
  [/riscv64/, 'riscv64'],
  [/s390x/, 's390x'],
  [/loong64/, 'loong64'],
  [/mips64el/, 'mips64el'],
  [/wasm32/, 'wasm32'],
];
const firstMatch = (patterns, n) => patterns.find(([re]) => re.test(n))?.[1] ?? null;
const infer = (name) => {
  const n = name.toLowerCase();
  const os = firstMatch(OS_PATTERNS, n);
  const cpu = firstMatch(CPU_PATTERNS, n);
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
