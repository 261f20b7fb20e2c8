/**
 * Folds Vietnamese for matching on the client, the same way the API folds for `q`:
 * no diacritics, `đ` → `d`, lower case, single spaces. "son la" matches "Sơn La".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** true when every word of the query is found in the text, both folded */
export function matchesFolded(text: string, query: string): boolean {
  const haystack = foldVietnamese(text);
  return foldVietnamese(query)
    .split(' ')
    .every((word) => haystack.includes(word));
}
