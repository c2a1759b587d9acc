/**
 * Hands a picked or dropped file to the shell (`app.receiveImportFile`), which keeps it and gives
 * back the path the imports channels may read: the same way on the desktop and in the browser.
 */
import { attempt, type Attempt } from '../../api/client.ts';

function base64Of(bytes: Uint8Array): string {
  let text = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk) {
    text += String.fromCharCode(...bytes.subarray(index, index + chunk));
  }
  return btoa(text);
}

export type Received = { path: string; fileName: string; bytes: number };

export async function handOver(file: File): Promise<Attempt<Received>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return attempt('app.receiveImportFile', { fileName: file.name, contentBase64: base64Of(bytes) });
}
