/**
 * Finding a beneficiary on the agent's phone: the name typed without diacritics ("nguyen van duc" finds
 * "Nguyễn Văn Đức"), in any order of words, each word matching the start of a word of the name; digits
 * match the start of the ID number. Folding is done once per list, not per keystroke.
 */
import { foldVietnamese } from '@/lib/text';

export interface NameIndexed<T> {
  item: T;
  /** the folded words of the name */
  words: string[];
  idNumber: string;
}

export function indexByName<T>(items: readonly T[], name: (item: T) => string, idNumber: (item: T) => string | null | undefined = () => ''): NameIndexed<T>[] {
  return items.map((item) => ({ item, words: foldVietnamese(name(item)).split(' '), idNumber: (idNumber(item) ?? '').replace(/\s+/g, '') }));
}

/** The items whose name has every typed word as the start of one of its words (or whose ID number starts with typed digits). */
export function searchByName<T>(index: readonly NameIndexed<T>[], query: string): T[] {
  const typed = foldVietnamese(query);
  if (!typed) return index.map((entry) => entry.item);
  if (/^\d+$/.test(typed.replace(/\s+/g, ''))) {
    const digits = typed.replace(/\s+/g, '');
    return index.filter((entry) => entry.idNumber.startsWith(digits)).map((entry) => entry.item);
  }
  const words = typed.split(' ');
  return index
    .filter((entry) => {
      const remaining = [...entry.words];
      return words.every((word) => {
        const at = remaining.findIndex((w) => w.startsWith(word));
        if (at < 0) return false;
        remaining.splice(at, 1); // "van van" needs two words starting with "van"
        return true;
      });
    })
    .map((entry) => entry.item);
}
