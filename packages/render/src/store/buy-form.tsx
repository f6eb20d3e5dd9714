import {
  type CatalogProduct,
  countryName,
  formatMoney,
  MAX_MINOR_AMOUNT,
  maxLineQuantity,
  minorUnitExponent,
  toDecimalString,
} from '@mewayz/contracts';

/** "size" → "Size"; several attribute names → "Size / Colour". */
function variantLabel(product: CatalogProduct): string {
  const names = [...new Set(product.variants.flatMap((v) => Object.keys(v.attributes ?? {})))];
  const label = names.map((n) => n.charAt(0).toLocaleUpperCase('en') + n.slice(1)).join(' / ');
  return label || 'Option';
}

/** A product's destinations by country name, as a buyer looks for them. */
function destinations(product: CatalogProduct) {
  return product.shipping
    .map((d) => ({ ...d, name: countryName(d.country) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The smallest step of an amount in major units: "1" for JPY, "0.01" for USD, "0.001" for KWD. */
function amountStep(currency: string): string {
  const exponent = minorUnitExponent(currency);
  return exponent === 0 ? '1' : `0.${'0'.repeat(exponent - 1)}1`;
}

/**
 * The Buy form, the whole contract with checkout (which reads exactly these fields, and nothing else
 * is sent): a plain POST to `/checkout` of
 * - `product`: the product id;
 * - `variant`: the chosen variant id, only for products with variants (sold-out ones cannot be chosen);
 * - `quantity`: 1 to `maxLineQuantity` for physical products on their page, else a fixed 1;
 * - `amount`: pay what you want only, a decimal in major units (`5`, `5.50`), at least the price;
 * - `country`: physical products with shipping rates only, the destination (its price beside it).
 * A sold-out product gets no form, only a disabled button. `compact` (cards on a bio page) leaves the
 * quantity at 1, and links a product with shipping rates to its page, where the destination is chosen. `idPrefix` keeps labels unique when several forms share a page.
 */
export function BuyForm({
  product,
  idPrefix,
  compact = false,
}: {
  product: CatalogProduct;
  idPrefix: string;
  compact?: boolean;
}) {
  if (!product.inStock) {
    return (
      <button type="button" class="buyb" disabled>
        Sold out<span class="vh">: {product.name}</span>
      </button>
    );
  }
  if (compact && product.shipping.length > 0) {
    // Where it ships changes the price: the product page asks, rather than a card on the bio page.
    return (
      <a href={`/p/${product.slug}`} class="buyb">
        Buy<span class="vh"> {product.name}</span>
      </a>
    );
  }
  const { currency } = product;
  const showPrices = new Set(product.variants.map((v) => v.price)).size > 1;
  const pwyw = product.kind === 'pay_what_you_want';
  const quantityField = product.kind === 'physical' && !compact;
  return (
    <form method="post" action="/checkout" class={compact ? 'buy cp' : 'buy'}>
      <input type="hidden" name="product" value={product.id} />
      {product.variants.length > 0 ? (
        <p>
          <label for={`${idPrefix}-v`}>{variantLabel(product)}</label>
          <select id={`${idPrefix}-v`} name="variant" required>
            {product.variants.map((v) => (
              <option value={v.id} disabled={!v.inStock}>
                {v.name}
                {showPrices ? ` — ${formatMoney(v.price, currency)}` : ''}
                {v.inStock ? '' : ' (sold out)'}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      {quantityField ? (
        <p>
          <label for={`${idPrefix}-q`}>Quantity</label>
          <input
            id={`${idPrefix}-q`}
            type="number"
            name="quantity"
            value="1"
            min="1"
            max={String(maxLineQuantity)}
            step="1"
            inputmode="numeric"
            required
          />
        </p>
      ) : (
        <input type="hidden" name="quantity" value="1" />
      )}
      {product.shipping.length > 0 ? (
        <p>
          <label for={`${idPrefix}-c`}>Ship to</label>
          <select id={`${idPrefix}-c`} name="country" required>
            <option value="">Choose a country</option>
            {destinations(product).map((d) => (
              <option value={d.country}>
                {d.name} — {d.amount === 0 ? 'free' : formatMoney(d.amount, currency)}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      {pwyw ? (
        <p>
          <label for={`${idPrefix}-a`}>
            Your price ({currency}
            {product.price > 0 ? `, at least ${formatMoney(product.price, currency)}` : ''})
          </label>
          <input
            id={`${idPrefix}-a`}
            type="number"
            name="amount"
            value={toDecimalString(
              Math.max(product.suggestedPrice ?? product.price, product.price),
              currency,
            )}
            min={toDecimalString(product.price, currency)}
            max={toDecimalString(MAX_MINOR_AMOUNT, currency)}
            step={amountStep(currency)}
            inputmode="decimal"
            required
          />
        </p>
      ) : null}
      <button type="submit" class="buyb">
        Buy<span class="vh"> {product.name}</span>
      </button>
    </form>
  );
}
