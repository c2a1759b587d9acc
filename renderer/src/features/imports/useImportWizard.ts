/**
 * The import wizard's state and steps: the kind and the file handed over, the mapping and reading
 * options, the engine's preview of them, and the commit with the skip-refused choice. Every rule
 * is the engine's: the page only shows what `imports.preview` says and sends what the person
 * chose.
 */
import { useState } from 'react';
import type { ImportCommitted, ImportPreview } from '../../../../shared/contract/import-types.ts';
import type {
  DateOrder,
  DecimalSeparator,
  ImportKind,
} from '../../../../shared/contract/schemas/imports.ts';
import type { ApiError } from '../../api/api-error.ts';
import { attempt } from '../../api/client.ts';
import { useMutation } from '../../api/useMutation.ts';
import { handOver, type Received } from './file-upload.ts';

export type ReadingOptions = { decimalSeparator?: DecimalSeparator; dateOrder?: DateOrder };

export function useImportWizard() {
  const [step, setStep] = useState(0);
  const [kind, setKind] = useState<ImportKind>('customers');
  const [file, setFile] = useState<Received | undefined>(undefined);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [options, setOptions] = useState<ReadingOptions>({});
  const [preview, setPreview] = useState<ImportPreview | undefined>(undefined);
  const [skipRefused, setSkipRefused] = useState(false);
  const [done, setDone] = useState<ImportCommitted | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isBusy, setBusy] = useState(false);
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const commitMutation = useMutation('imports.commit');

  const busy = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const read = async (next: { mapping: Record<string, string>; options: ReadingOptions }) => {
    if (!file) return false;
    const result = await attempt('imports.preview', {
      path: file.path,
      kind,
      mapping: next.mapping,
      options: next.options,
    });
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setPreview(result.data);
    setMapping(Object.fromEntries(Object.entries(result.data.mapping).filter(isSet)));
    return true;
  };

  return {
    step,
    kind,
    file,
    mapping,
    options,
    preview,
    skipRefused,
    done,
    error,
    isBusy: isBusy || commitMutation.isPending,
    chooseKind: (next: ImportKind) => {
      setKind(next);
      setMapping({});
      setPreview(undefined);
    },
    chooseFile: (picked: File) =>
      busy(async () => {
        const received = await handOver(picked);
        if (!received.ok) setError(received.error);
        else {
          setFile(received.data);
          setMapping({});
          setPreview(undefined);
        }
      }),
    toMapping: () =>
      busy(async () => {
        if (await read({ mapping: {}, options })) setStep(1);
      }),
    setField: (field: string, header: string | null) => {
      const others = Object.entries(mapping).filter(([name]) => name !== field);
      setMapping(Object.fromEntries(header ? [...others, [field, header]] : others));
    },
    setOptions,
    toPreview: () =>
      busy(async () => {
        if (await read({ mapping, options })) setStep(2);
      }),
    setSkipRefused,
    commit: () =>
      busy(async () => {
        if (!file) return;
        const result = await commitMutation.mutate({
          path: file.path,
          kind,
          mapping,
          options,
          skipRefused,
          requestId,
        });
        if (!result.ok) setError(result.error);
        else {
          setDone(result.data);
          setStep(3);
        }
      }),
    back: () => {
      setError(undefined);
      setStep((current) => Math.max(0, current - 1));
    },
    restart: () => {
      setStep(0);
      setFile(undefined);
      setMapping({});
      setPreview(undefined);
      setDone(undefined);
      setSkipRefused(false);
      setError(undefined);
      setRequestId(crypto.randomUUID());
    },
  };
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;

function isSet(entry: [string, string | undefined]): entry is [string, string] {
  return entry[1] !== undefined;
}
