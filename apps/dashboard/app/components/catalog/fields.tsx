import type { FieldMetadata } from '@conform-to/react';
import { Link } from '@remix-run/react';
import { FormField } from '../form.tsx';

// biome-ignore lint/suspicious/noExplicitAny: a text or number field of any catalog form.
type Meta = FieldMetadata<any, Record<string, unknown>, string[]>;

/** Units on hand; empty means the item is sold without counting. */
export function StockField({ meta, hint }: { meta: Meta; hint: string }) {
  return (
    <FormField
      meta={meta as never}
      label="Stock (optional)"
      type="number"
      min={0}
      inputMode="numeric"
      hint={hint}
    />
  );
}

/** The creator's own stock-keeping code (unique across the workspace's products and variants). */
export function SkuField({ meta, hint }: { meta: Meta; hint?: string }) {
  return (
    <FormField
      meta={meta as never}
      label="SKU (optional)"
      placeholder="TEE-BLUE"
      autoCapitalize="none"
      spellCheck={false}
      hint={hint}
    />
  );
}

/** "Products /" above the title of a page inside the catalog. */
export function ProductsBreadcrumb() {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm">
      <Link to="/products" className="font-medium text-indigo-700 hover:underline">
        Products
      </Link>
      <span aria-hidden="true" className="text-slate-400">
        {' '}
        /{' '}
      </span>
    </nav>
  );
}
