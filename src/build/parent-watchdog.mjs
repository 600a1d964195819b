// Loaded with `node --import` into every child process of the build (Astro,
// its shards, the search index): when the build process is gone, even killed
// with SIGKILL, the child is re-parented and ends itself instead of running on.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
}, 250).unref();
