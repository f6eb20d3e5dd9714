/**
 * How a core call failed, as `[status, code, first detail's code or path]`, for tests that check a
 * refusal; a failure that is not a typed AppError (a bug) is rethrown, and success is an error too.
 */
export async function failureOf(p: Promise<unknown>): Promise<[number, string, string | undefined]> {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; code?: string; details?: { code?: string; path: string }[] };
    if (!err.status || !err.code) throw e;
    return [err.status, err.code, err.details?.[0]?.code ?? err.details?.[0]?.path];
  }
  throw new Error('expected a failure');
}
