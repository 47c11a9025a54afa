import { CSV_BYTE_ORDER_MARK } from '@poolster/schema';

/** Offers a file to download without a server: a Blob URL on a temporary link. */
export function downloadFile(root: ParentNode & Node, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A JSON document (or text that already is JSON) as a file. */
export function downloadJson(root: ParentNode & Node, fileName: string, data: unknown): void {
  downloadFile(root, fileName, typeof data === 'string' ? data : `${JSON.stringify(data, null, 2)}\n`, 'application/json');
}

/** A CSV table as a file for a spreadsheet: with the byte order mark Excel needs to read it as UTF-8. */
export function downloadCsv(root: ParentNode & Node, fileName: string, csv: string): void {
  downloadFile(root, fileName, csv.startsWith(CSV_BYTE_ORDER_MARK) ? csv : CSV_BYTE_ORDER_MARK + csv, 'text/csv;charset=utf-8');
}
