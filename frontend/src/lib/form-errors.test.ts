import { describe, expect, it } from 'vitest';
import { toFieldPath } from './form-errors';

describe('API field paths', () => {
  it('become antd name paths, list indexes as numbers', () => {
    expect(toFieldPath('fullName')).toEqual(['fullName']);
    expect(toFieldPath('payoutAccount.number')).toEqual(['payoutAccount', 'number']);
    expect(toFieldPath('members[1].birthDate')).toEqual(['members', 1, 'birthDate']);
    expect(toFieldPath('members[0]')).toEqual(['members', 0]);
  });
});
