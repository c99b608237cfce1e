// A list document as a web stream, pulled: each time the reader wants more, the next chunk
// of rows (one commune) is read and written, so a slow download slows the database reads
// instead of piling the file up in memory.
import type { ListDocument, ListWriter, ListWriterFactory } from "./model.js";
import { listCsvWriter } from "./list-csv.js";
import { listPdfWriter } from "./list-pdf.js";
import { listXlsxWriter } from "./list-xlsx.js";

export type ListFormat = "csv" | "xlsx" | "pdf";

export const LIST_WRITERS: Record<ListFormat, ListWriterFactory> = { csv: listCsvWriter, xlsx: listXlsxWriter, pdf: listPdfWriter };

export function streamList(format: ListFormat, doc: ListDocument, chunks: AsyncIterable<string[][]>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  let pending: Uint8Array[] = [];
  let writer: ListWriter;
  const flush = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    for (const bytes of pending) controller.enqueue(bytes);
    const sent = pending.length;
    pending = [];
    return sent;
  };
  return new ReadableStream<Uint8Array>({
    async start() {
      writer = await LIST_WRITERS[format](doc, (bytes) => pending.push(bytes));
    },
    async pull(controller) {
      // Until something can be handed over: a chunk of rows may not yet produce bytes.
      for (;;) {
        const next = await iterator.next();
        if (next.done) {
          await writer.end();
          flush(controller);
          controller.close();
          return;
        }
        await writer.rows(next.value);
        if (flush(controller) > 0) return;
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** The whole file in memory: for tests and small lists. */
export async function renderList(format: ListFormat, doc: ListDocument, rows: string[][]): Promise<Buffer> {
  async function* one() {
    yield rows;
  }
  const parts: Uint8Array[] = [];
  const reader = streamList(format, doc, one()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return Buffer.concat(parts);
}
