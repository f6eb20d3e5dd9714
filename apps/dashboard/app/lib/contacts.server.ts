import { contactListQuery } from '@mewayz/contracts';

/** The list's filters from the URL; a value that does not parse is dropped rather than an error page. */
export function readContactFilters(request: Request) {
  const params = new URL(request.url).searchParams;
  const raw = Object.fromEntries([...params].filter(([, v]) => v !== ''));
  const parsed = contactListQuery.safeParse({ per_page: 50, ...raw });
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return contactListQuery.parse({
    per_page: 50,
    ...Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k))),
  });
}
