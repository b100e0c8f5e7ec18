const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';
// OpenSSL's own form of a certificate date (`Dec  4 12:00:00 2026 GMT`), read without V8's legacy
// date parser, which costs a probe several microseconds per date.
const OPENSSL_DATE = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4}) GMT$/;

/**
 * A certificate date as Node gives it (`valid_from`, `valid_to`) in ISO 8601, or '' when it is not
 * a date. Never throws.
 */
export function certificateDate(text: string | undefined): string {
  if (!text) return '';
  const parts = OPENSSL_DATE.exec(text);
  const month = parts === null ? -1 : MONTHS.indexOf(parts[1] as string);
  let time = Number.NaN;
  if (parts !== null && month % 3 === 0) {
    const day = Number(parts[2]);
    time = Date.UTC(Number(parts[6]), month / 3, day, Number(parts[3]), Number(parts[4]), Number(parts[5]));
    // Date.UTC rolls `Feb 30` over into March: such a text goes to the general parser instead.
    if (new Date(time).getUTCDate() !== day) time = Number.NaN;
  }
  if (Number.isNaN(time)) time = Date.parse(text);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}
