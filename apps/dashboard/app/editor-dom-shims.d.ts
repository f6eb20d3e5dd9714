// Browser APIs the site editor's client code uses, in addition to `dom-shims.d.ts` (which explains why).
interface HTMLFormElement {
  querySelector<T = HTMLElement>(selector: string): T | null;
  querySelectorAll<T = HTMLElement>(selector: string): Iterable<T>;
}
interface HTMLElement {
  matches(selector: string): boolean;
}
