import { describe, expect, it } from 'vitest';
import { indexByName, searchByName } from './name-search';

const people = [
  { name: 'Nguyễn Văn Đức', id: '014048000123' },
  { name: 'Nguyễn Thị Dung', id: '014150000456' },
  { name: 'Lò Văn Đông', id: '014052000789' },
  { name: 'Lường Thị Hoa', id: '' },
  { name: 'Văn Văn Tài', id: null },
];
const index = indexByName(people, (p) => p.name, (p) => p.id);
const names = (query: string) => searchByName(index, query).map((p) => p.name);

describe('searchByName', () => {
  it('finds "Nguyễn Văn Đức" from "nguyen van duc" typed without diacritics, and not his namesakes', () => {
    expect(names('nguyen van duc')).toEqual(['Nguyễn Văn Đức']);
    expect(names('NGUYEN VAN ĐUC')).toEqual(['Nguyễn Văn Đức']);
  });

  it('matches words in any order and by their beginning', () => {
    expect(names('duc nguyen')).toEqual(['Nguyễn Văn Đức']);
    expect(names('ngu d')).toEqual(['Nguyễn Văn Đức', 'Nguyễn Thị Dung']);
    expect(names('  luong   hoa ')).toEqual(['Lường Thị Hoa']);
  });

  it('accepts decomposed input (as some phone keyboards type it) and typed diacritics', () => {
    expect(names('Lường'.normalize('NFD'))).toEqual(['Lường Thị Hoa']);
    expect(names('Đông')).toEqual(['Lò Văn Đông']);
  });

  it('needs one name word per typed word, and does not match inside a word', () => {
    expect(names('van van')).toEqual(['Văn Văn Tài']);
    expect(names('uc')).toEqual([]);
  });

  it('finds by the start of the ID number, and answers everyone for an empty query', () => {
    expect(names('014150')).toEqual(['Nguyễn Thị Dung']);
    expect(names('')).toHaveLength(5);
  });
});
