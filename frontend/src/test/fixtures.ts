import type { Schemas } from '@/lib/api';

type UserView = Schemas['UserView'];
type AreaView = Schemas['AreaView'];
type AreaRef = Schemas['AreaRef'];

export function aUser(overrides: Partial<UserView> = {}): UserView {
  return {
    username: 'worker',
    displayName: 'Lò Thị Mai',
    role: 'SOCIAL_WORKER',
    scope: { level: 'COMMUNE', code: '04015', name: 'Phường Chiềng Cơi' },
    ...overrides,
  };
}

export function aRef(overrides: Partial<AreaRef> = {}): AreaRef {
  return { code: '04000', level: 'COMMUNE', fullName: 'Xã Cũ', validFrom: null, validTo: '2025-06-30', kind: 'whole', ...overrides };
}

export function anArea(overrides: Partial<AreaView> = {}): AreaView {
  return {
    code: '14',
    level: 'PROVINCE',
    name: 'Sơn La',
    fullName: 'Tỉnh Sơn La',
    type: 'Tỉnh',
    nameEn: 'Son La',
    provinceCode: '14',
    parentCode: null,
    parent: null,
    validFrom: null,
    validTo: null,
    predecessors: [],
    successors: [],
    ...overrides,
  };
}

export function aPage(items: AreaView[], overrides: Partial<Schemas['AreaPage']> = {}): Schemas['AreaPage'] {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: 1, ...overrides };
}
