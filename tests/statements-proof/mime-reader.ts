/**
 * A small reader of MIME messages for the tests, independent of nodemailer's composer (no MIME
 * parser is installed; `postal-mime` would be the one to add): headers unfolded, RFC 2047 encoded
 * words decoded, one level of multipart split by its boundary, each part decoded from base64 or
 * quoted-printable, RFC 2231 file names read.
 */

export type MimePart = { headers: Map<string, string>; body: Buffer };
export type MimeMessage = { headers: Map<string, string>; parts: MimePart[] };

function split(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const head = end < 0 ? raw : raw.slice(0, end);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: end < 0 ? '' : raw.slice(end + 4) };
}

function quotedPrintable(text: string): Buffer {
  const soft = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < soft.length; index += 1) {
    const hex = /^=([0-9A-F]{2})/.exec(soft.slice(index, index + 3))?.[1];
    if (hex === undefined) bytes.push(soft.charCodeAt(index));
    else {
      bytes.push(parseInt(hex, 16));
      index += 2;
    }
  }
  return Buffer.from(bytes);
}

function decodeBody(headers: Map<string, string>, body: string): Buffer {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s/g, ''), 'base64');
  if (encoding === 'quoted-printable') return quotedPrintable(body);
  return Buffer.from(body, 'latin1');
}

/** A header's text with its RFC 2047 encoded words (UTF-8, Q or B) decoded. */
export function decodeWords(value: string): string {
  const words = /=\?UTF-8\?([QB])\?([^?]*)\?=/gi;
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(words, (_all, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : quotedPrintable(text.replace(/_/g, ' ')).toString('utf8'),
    );
}

/** The file name of a part, from `filename*0*=utf-8''...` continuations or `filename=`. */
export function fileName(part: MimePart): string | null {
  const disposition = part.headers.get('content-disposition') ?? '';
  const pieces = [...disposition.matchAll(/filename\*\d+\*?=([^;]+)/g)].map((match) => match[1]);
  if (pieces.length > 0) {
    return decodeURIComponent(
      pieces
        .join('')
        .replace(/^utf-8''/i, '')
        .replace(/"/g, ''),
    );
  }
  return /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? null;
}

export function readMime(eml: Buffer): MimeMessage {
  const { headers, body } = split(eml.toString('latin1'));
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  if (boundary === undefined)
    return { headers, parts: [{ headers, body: decodeBody(headers, body) }] };
  const sections = body.split(`--${boundary}`);
  const parts = sections
    .slice(1, -1)
    .map((section) => split(section.replace(/^\r\n/, '').replace(/\r\n$/, '')))
    .map((part) => ({ headers: part.headers, body: decodeBody(part.headers, part.body) }));
  return { headers, parts };
}
