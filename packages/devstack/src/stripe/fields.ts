import type { FormObject, FormValue } from './form-params.ts';
import { invalidRequest, missingParam } from './stripe-error.ts';

/**
 * Typed reads of one level of a parsed Stripe request, raising Stripe's own 400s with the full
 * bracketed parameter name (`line_items[0][quantity]`), so the SDK's StripeInvalidRequestError says
 * which field was wrong, as it would against Stripe. An empty string means "not given", as in Stripe's
 * form encoding (the SDK sends `null` as an empty value).
 */
export class Fields {
  constructor(
    private readonly values: FormObject,
    private readonly prefix = '',
  ) {}

  /** The parameter's name as Stripe reports it. */
  name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  has(key: string): boolean {
    const v = this.values[key];
    return v !== undefined && v !== '';
  }

  /**
   * Refuse parameters the stand-in does not know (`Received unknown parameter`), so a call that
   * would do something here silently ignored is caught locally. `ignored` are real Stripe parameters
   * accepted without effect; the ones present are returned for the log.
   */
  allow(known: readonly string[], ignored: readonly string[] = []): string[] {
    const used: string[] = [];
    for (const key of Object.keys(this.values)) {
      if (ignored.includes(key)) used.push(this.name(key));
      else if (!known.includes(key))
        throw invalidRequest(`Received unknown parameter: ${this.name(key)}`, this.name(key));
    }
    return used;
  }

  string(key: string, opts: { required?: boolean; max?: number } = {}): string | undefined {
    const v = this.values[key];
    if (v === undefined || v === '') {
      if (opts.required) throw missingParam(this.name(key));
      return undefined;
    }
    if (typeof v !== 'string') throw invalidRequest(`Invalid string: ${this.name(key)}`, this.name(key));
    if (opts.max !== undefined && v.length > opts.max)
      throw invalidRequest(
        `Invalid ${this.name(key)}: must be at most ${opts.max} characters`,
        this.name(key),
      );
    return v;
  }

  /** An http(s) URL (`Not a valid URL` otherwise, as Stripe says). */
  url(key: string, opts: { required?: boolean } = {}): string | undefined {
    const value = this.string(key, { ...opts, max: 5000 });
    if (value === undefined) return undefined;
    try {
      const u = new URL(value);
      if (u.protocol === 'http:' || u.protocol === 'https:') return value;
    } catch {}
    throw invalidRequest('Not a valid URL', this.name(key), 'url_invalid');
  }

  int(key: string, opts: { required?: boolean; min?: number; max?: number } = {}): number | undefined {
    const s = this.string(key, opts);
    if (s === undefined) return undefined;
    if (!/^-?\d{1,16}$/.test(s)) throw invalidRequest(`Invalid integer: ${s}`, this.name(key));
    const n = Number(s);
    if (opts.min !== undefined && n < opts.min)
      throw invalidRequest(`This value must be greater than or equal to ${opts.min}.`, this.name(key));
    if (opts.max !== undefined && n > opts.max)
      throw invalidRequest(`This value must be less than or equal to ${opts.max}.`, this.name(key));
    return n;
  }

  bool(key: string): boolean | undefined {
    const s = this.string(key);
    if (s === undefined) return undefined;
    if (s !== 'true' && s !== 'false') throw invalidRequest(`Invalid boolean: ${s}`, this.name(key));
    return s === 'true';
  }

  oneOf<T extends string>(
    key: string,
    allowed: readonly T[],
    opts: { required?: boolean } = {},
  ): T | undefined {
    const s = this.string(key, opts);
    if (s === undefined) return undefined;
    if (!allowed.includes(s as T))
      throw invalidRequest(`Invalid ${this.name(key)}: must be one of ${allowed.join(', ')}`, this.name(key));
    return s as T;
  }

  object(key: string, opts: { required?: boolean } = {}): Fields | undefined {
    const v = this.values[key];
    if (v === undefined || v === '') {
      if (opts.required) throw missingParam(this.name(key));
      return undefined;
    }
    if (typeof v !== 'object' || Array.isArray(v)) throw invalidRequest('Invalid hash', this.name(key));
    return new Fields(v, this.name(key));
  }

  /** An array of hashes (`line_items[0][…]`, `line_items[1][…]`). */
  objects(key: string): Fields[] | undefined {
    const list = this.array(key);
    return list?.map((v, i) => {
      const name = `${this.name(key)}[${i}]`;
      if (typeof v !== 'object' || Array.isArray(v)) throw invalidRequest('Invalid hash', name);
      return new Fields(v, name);
    });
  }

  /** An array of strings (`expand[]`, `allowed_countries[]`). */
  strings(key: string): string[] | undefined {
    return this.array(key)?.map((v, i) => {
      if (typeof v !== 'string') throw invalidRequest('Invalid array', `${this.name(key)}[${i}]`);
      return v;
    });
  }

  /** Stripe's metadata rules: at most 50 keys, keys up to 40 characters, values up to 500; empty values unset. */
  metadata(key: string): Record<string, string> {
    const m = this.object(key);
    if (!m) return {};
    const out: Record<string, string> = {};
    for (const k of Object.keys(m.values)) {
      const v = m.string(k);
      if (v === undefined) continue;
      if (k.length > 40)
        throw invalidRequest(
          `Metadata keys can have up to 40 characters, but you passed in a key that is ${k.length} characters long.`,
          m.name(k),
        );
      if (v.length > 500)
        throw invalidRequest(
          `Metadata values can have up to 500 characters, but you passed in a value that is ${v.length} characters long.`,
          m.name(k),
        );
      out[k] = v;
    }
    if (Object.keys(out).length > 50)
      throw invalidRequest('Metadata can have up to 50 keys.', this.name(key));
    return out;
  }

  private array(key: string): FormValue[] | undefined {
    const v = this.values[key];
    if (v === undefined || v === '') return undefined;
    if (!Array.isArray(v)) throw invalidRequest('Invalid array', this.name(key));
    return v;
  }
}
