// mjml-browser is a webpack bundle that reads the global `window` while it loads; Workers and Node have
// none. This module runs before it (imports are evaluated in order) and points `window` at the global.
const g = globalThis as { window?: unknown };
g.window ??= globalThis;

export {};
