// The dashboard typechecks without lib "DOM": the core's WebCrypto code is typed against
// @cloudflare/workers-types and clashes with TypeScript 5.9's DOM lib. The few browser APIs the
// client code touches are declared here (React's own global.d.ts provides the empty element types).
interface HTMLFormElement {
  requestSubmit(): void;
}
interface HTMLSelectElement {
  readonly form: HTMLFormElement | null;
  value: string;
}
interface HTMLDetailsElement {
  open: boolean;
}
interface HTMLElement {
  focus(): void;
  readonly dataset: Record<string, string | undefined>;
}
interface HTMLInputElement {
  value: string;
  select(): void;
}
interface DataTransfer {
  effectAllowed: string;
  dropEffect: string;
  setData(format: string, data: string): void;
  getData(format: string): string;
}
declare var document: {
  getElementById(id: string): HTMLElement | null;
  querySelector(sel: string): HTMLElement | null;
  cookie: string;
};
declare var navigator: { clipboard?: { writeText(text: string): Promise<void> } };
declare var window: { location: { reload(): void } };
interface HTMLFormElement {
  reset(): void;
}
interface HTMLElement {
  dispatchEvent(event: Event): boolean;
}
interface HTMLTextAreaElement {
  value: string;
}
