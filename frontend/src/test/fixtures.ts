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

type PersonView = Schemas['Person'];
type PersonSummary = Schemas['PersonSummary'];
type HouseholdView = Schemas['Household'];
type FactView = Schemas['Fact'];
type EthnicGroupView = Schemas['EthnicGroup'];
type VillageView = Schemas['Village'];

export const PERSON_ID = '0a7d5c1e-7b6f-4f3e-9d4b-2a1c3e5f7a90';
export const HOUSEHOLD_ID = '5f0c2b8e-1d4a-4c6b-8e2f-9a7b3c1d0e11';

export function ethnicGroups(): EthnicGroupView[] {
  return [
    { code: '01', name: 'Kinh', nameEn: 'Kinh', otherNames: 'Việt' },
    { code: '03', name: 'Thái', nameEn: 'Thai', otherNames: 'Tày Khao, Tày Đăm' },
    { code: '13', name: "H'Mông", nameEn: 'Hmong', otherNames: 'Mèo, Mán Trắng' },
  ];
}

export function aVillage(overrides: Partial<VillageView> = {}): VillageView {
  return { id: '7e1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', communeCode: '03688', name: 'Bản Nà Tòng', attributes: [], version: 0, ...overrides };
}

export function aFact(overrides: Partial<FactView> = {}): FactView {
  return {
    id: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    kind: 'DISABILITY',
    codeValue: 'SEVERE',
    dateValue: '2020-03-12',
    validFrom: '2020-03-12',
    validTo: null,
    document: 'Giấy xác nhận số 12/GXN',
    supersededBy: null,
    correctionReason: null,
    recordedBy: 'worker',
    recordedAt: '2025-09-01T02:00:00Z',
    ...overrides,
  };
}

export function aPerson(overrides: Partial<PersonView> = {}): PersonView {
  return {
    id: PERSON_ID,
    communeCode: '03688',
    commune: { code: '03688', name: 'Xã Mường Chiên' },
    household: { id: HOUSEHOLD_ID, code: '03688-000001' },
    relationToHead: 'HEAD',
    nationalId: '014048001234',
    fullName: 'Lò Văn Đức',
    birthDate: '1948',
    birthDatePrecision: 'YEAR',
    sex: 'MALE',
    ethnicGroup: { code: '03', name: 'Thái' },
    phone: null,
    payoutAccount: null,
    facts: [],
    deathDate: null,
    version: 3,
    createdAt: '2025-09-01T02:00:00Z',
    updatedAt: '2025-10-01T02:00:00Z',
    ...overrides,
  };
}

export function aPersonSummary(overrides: Partial<PersonSummary> = {}): PersonSummary {
  return {
    id: PERSON_ID,
    fullName: 'Lò Văn Đức',
    birthDate: '1948',
    sex: 'MALE',
    nationalId: '014048001234',
    communeCode: '03688',
    householdCode: '03688-000001',
    villageName: 'Bản Nà Tòng',
    ...overrides,
  };
}

export function aHousehold(overrides: Partial<HouseholdView> = {}): HouseholdView {
  return {
    id: HOUSEHOLD_ID,
    code: '03688-000001',
    communeCode: '03688',
    commune: { code: '03688', name: 'Xã Mường Chiên' },
    villageId: aVillage().id,
    villageName: 'Bản Nà Tòng',
    address: 'Bản Nà Tòng',
    head: { id: PERSON_ID, fullName: 'Lò Văn Đức' },
    members: [{ id: PERSON_ID, fullName: 'Lò Văn Đức', relationToHead: 'HEAD', birthDate: '1948', sex: 'MALE' }],
    povertyStatus: { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', status: 'POOR', validFrom: '2025-01-01', validTo: null, decisionNumber: '12/QĐ-UBND', supersededBy: null, correctionReason: null, recordedBy: 'worker', recordedAt: '2025-01-02T02:00:00Z' },
    version: 0,
    createdAt: '2025-01-02T02:00:00Z',
    updatedAt: '2025-01-02T02:00:00Z',
    ...overrides,
  };
}

type ImportJobView = Schemas['ImportJobView'];

export function anImportJob(overrides: Partial<ImportJobView> = {}): ImportJobView {
  return {
    id: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a',
    status: 'QUEUED',
    fileName: 'ho-gia-dinh.xlsx',
    format: 'XLSX',
    kind: 'WORKBOOK',
    sha256: 'ab'.repeat(32),
    sizeBytes: 48_213,
    totalRows: 1200,
    processedRows: 0,
    storedRows: 0,
    unchangedRows: 0,
    failedRows: 0,
    sameFileAsJobId: null,
    failureCode: null,
    resumable: false,
    createdAt: '2026-11-23T03:00:00Z',
    startedAt: null,
    finishedAt: null,
    errorReportHref: null,
    ...overrides,
  };
}
