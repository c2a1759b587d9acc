/**
 * A minimal zip writer for tests: files stored without compression, enough for a stand-in of a
 * downloaded archive (the Electron zip) that a real unzipper opens. Names are UTF-8, no folders.
 */
import { crc32 } from 'node:zlib';

export type ZipEntry = { name: string; content: string | Buffer; mode?: number };

export function storedZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.isBuffer(entry.content) ? entry.content : Buffer.from(entry.content);
    const checksum = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeSizes(local, 4, { checksum, size: data.length, nameLength: name.length });
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by Unix, so the mode below is read
    writeSizes(central, 6, { checksum, size: data.length, nameLength: name.length });
    central.writeUInt32LE((((entry.mode ?? 0o644) | 0o100000) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

type Sizes = { checksum: number; size: number; nameLength: number };

/** The fields local and central headers share, from "version needed" to the name's length. */
function writeSizes(header: Buffer, at: number, sizes: Sizes): void {
  header.writeUInt16LE(20, at); // version needed
  header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  header.writeUInt16LE(0, at + 4); // stored
  header.writeUInt32LE(0, at + 6); // time and date
  header.writeUInt32LE(sizes.checksum, at + 10);
  header.writeUInt32LE(sizes.size, at + 14);
  header.writeUInt32LE(sizes.size, at + 18);
  header.writeUInt16LE(sizes.nameLength, at + 22);
}
