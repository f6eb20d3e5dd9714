import { type CatalogProduct, formatMoney } from '@mewayz/contracts';

/** The amounts a product is sold at: its own, or its variants' (in stock ones first). */
function amounts(product: CatalogProduct): { low: number; high: number; compareAt: number | null } {
  if (product.variants.length === 0)
    return { low: product.price, high: product.price, compareAt: product.compareAtPrice };
  const available = product.variants.filter((v) => v.inStock);
  const pool = available.length ? available : product.variants;
  const prices = pool.map((v) => v.price);
  const low = Math.min(...prices);
  const cheapest = pool.find((v) => v.price === low);
  return { low, high: Math.max(...prices), compareAt: cheapest?.compareAtPrice ?? null };
}

/**
 * A product's price as a shopper reads it: "€32.00", "From €32.00" when variants differ, "From $1.00
 * Pay what you want", with the compare-at ("was") price struck through and named for screen
 * readers, and "Sold out" when nothing can be bought.
 */
export function Price({ product }: { product: CatalogProduct }) {
  const { low, high, compareAt } = amounts(product);
  const money = (amount: number) => formatMoney(amount, product.currency);
  const pwyw = product.kind === 'pay_what_you_want';
  return (
    <p class="pr">
      {pwyw && low > 0 ? <b>From {money(low)}</b> : null}
      {pwyw ? <span>Pay what you want</span> : <b>{high > low ? `From ${money(low)}` : money(low)}</b>}
      {!pwyw && compareAt !== null && compareAt > low ? (
        <s>
          <span class="vh">Was </span>
          {money(compareAt)}
        </s>
      ) : null}
      {product.inStock ? null : <span class="so">Sold out</span>}
    </p>
  );
}
