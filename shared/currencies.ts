/**
 * ISO 4217 currencies the application accepts, with the number of digits of their minor unit.
 * A fixed table rather than Intl, so that the main process and the renderer always agree.
 */

const ZERO_DIGIT = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE_DIGIT = 'BHD IQD JOD KWD LYD OMR TND';
const TWO_DIGIT = [
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD',
  'CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD',
  'GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD',
  'MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP',
  'PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS',
  'TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD YER ZAR ZMW ZWG',
].join(' ');

function table(codes: string, digits: number): [string, number][] {
  return codes.split(' ').map((code) => [code, digits]);
}

const MINOR_DIGITS: ReadonlyMap<string, number> = new Map([
  ...table(ZERO_DIGIT, 0),
  ...table(TWO_DIGIT, 2),
  ...table(THREE_DIGIT, 3),
]);

export const CURRENCY_CODES: readonly string[] = [...MINOR_DIGITS.keys()].sort();

export function isCurrency(code: string): boolean {
  return MINOR_DIGITS.has(code);
}

/** Digits of the minor unit: 2 for USD, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  const digits = MINOR_DIGITS.get(currency);
  if (digits === undefined) throw new Error(`unknown currency ${currency}`);
  return digits;
}
