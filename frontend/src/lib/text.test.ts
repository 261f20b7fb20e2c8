import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesFolded } from './text';

describe('foldVietnamese', () => {
  it('drops diacritics, folds đ to d and lowers the case', () => {
    expect(foldVietnamese('Tỉnh Sơn La')).toBe('tinh son la');
    expect(foldVietnamese('Đắk Lắk')).toBe('dak lak');
    expect(foldVietnamese('  Nguyễn   Văn Đức ')).toBe('nguyen van duc');
  });

  it('matches every typed word, in any order', () => {
    expect(matchesFolded('Tỉnh Sơn La', 'son la')).toBe(true);
    expect(matchesFolded('Tỉnh Đắk Lắk', 'dak')).toBe(true);
    expect(matchesFolded('Tỉnh Sơn La', 'la son')).toBe(true);
    expect(matchesFolded('Tỉnh Lai Châu', 'son')).toBe(false);
  });
});
