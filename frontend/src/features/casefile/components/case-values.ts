import type { DocumentType } from '../api/add-document';
import type { CaseStatus } from '../api/get-cases';

export const CASE_STATUSES: readonly CaseStatus[] = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'POSTED', 'PROPOSED', 'APPROVED', 'REJECTED', 'WITHDRAWN'];

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  'APPLICATION_FORM',
  'ID_CARD',
  'BIRTH_CERTIFICATE',
  'DISABILITY_CERTIFICATE',
  'PREGNANCY_CERTIFICATE',
  'POVERTY_CERTIFICATE',
  'DEATH_CERTIFICATE',
  'SCHOOL_CERTIFICATE',
  'OTHER',
];
