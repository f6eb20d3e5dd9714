/**
 * ISO 4217 currencies a product may be priced in, with their minor-unit exponent (how many digits
 * after the decimal point the currency's smallest unit has): prices are stored as integers of that
 * unit, so 1999 USD is $19.99 and 500 JPY is ¥500.
 *
 * Why a table and not `Intl`: `Intl.NumberFormat(…).resolvedOptions().maximumFractionDigits` gives
 * CLDR's *display* digits, not ISO 4217's minor units, and they differ by ICU build — Node 20 (ICU 78)
 * says HUF, IDR, COP, PKR and IQD have 0 digits, workerd says RSD has 0 and HUF 2; ISO says IQD 3 and
 * the others 2. A price must mean the same amount everywhere, so the exponents are written down here.
 * Funds codes (BOV, CHE, CLF, …), metals and testing codes (XAU, XTS, XXX) are not sellable.
 */
const zeroDecimal = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF';
const threeDecimal = 'BHD IQD JOD KWD LYD OMR TND';
const twoDecimal =
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF ' +
  'CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD ' +
  'HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK ' +
  'MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD ' +
  'RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS ' +
  'UAH USD UYU UZS VES WST XCD XCG YER ZAR ZMW ZWG';

function table(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [codes, exponent] of [
    [twoDecimal, 2],
    [zeroDecimal, 0],
    [threeDecimal, 3],
  ] as const) {
    for (const code of codes.split(' ')) out[code] = exponent;
  }
  return out;
}

/** Minor-unit exponent of every sellable currency, by upper-case ISO 4217 code. */
export const currencyExponents: Readonly<Record<string, number>> = Object.freeze(table());

/** The sellable currency codes, sorted. */
export const currencyCodes: readonly string[] = Object.keys(currencyExponents).sort();

export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && Object.hasOwn(currencyExponents, value);
}

/**
 * The largest amount a price may have, in minor units of any currency: 1,000,000,000 (ten million
 * dollars, a billion yen). Amounts stay far inside the 32-bit columns and exact in JSON.
 */
export const MAX_MINOR_AMOUNT = 1_000_000_000;
