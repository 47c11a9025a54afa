/**
 * A response file holds one response or an array of them (an export of many). Each is named after its file,
 * with its index when the file holds an array, so that messages point at the one that is wrong.
 */
export function responseDocuments(file: string, value: unknown): { name: string; document: unknown }[] {
  return Array.isArray(value) ? value.map((document, index) => ({ name: `${file}[${index}]`, document })) : [{ name: file, document: value }];
}
