import { describe, expect, it } from 'vitest';
import { ALL_ROLES } from '@/lib/current-user';
import { entryForPath, navigationFor } from './navigation';

describe('navigation table', () => {
  it('gives every role the home page', () => {
    for (const role of ALL_ROLES) expect(navigationFor(role).map((e) => e.key)).toContain('home');
  });

  it('shows administrative units to all roles but payment agents and integrators', () => {
    const withAreas = ALL_ROLES.filter((role) => navigationFor(role).some((e) => e.key === 'areas'));
    expect(withAreas).toEqual(['SOCIAL_WORKER', 'APPROVER', 'PROVINCE_OFFICER', 'AUDITOR', 'ADMIN']);
  });

  it('shows people and households to those who work with the registry, and imports to those who load it', () => {
    const withPeople = ALL_ROLES.filter((role) => navigationFor(role).some((e) => e.key === 'people'));
    const withHouseholds = ALL_ROLES.filter((role) => navigationFor(role).some((e) => e.key === 'households'));
    const withImports = ALL_ROLES.filter((role) => navigationFor(role).some((e) => e.key === 'imports'));
    expect(withPeople).toEqual(['SOCIAL_WORKER', 'APPROVER', 'PROVINCE_OFFICER', 'AUDITOR', 'ADMIN']);
    expect(withHouseholds).toEqual(withPeople);
    expect(withImports).toEqual(['SOCIAL_WORKER', 'PROVINCE_OFFICER', 'ADMIN']);
  });

  it('finds the menu entry of a nested page', () => {
    expect(entryForPath('/people/new')?.key).toBe('people');
    expect(entryForPath('/households/5f0c')?.key).toBe('households');
    expect(entryForPath('/areas/03688')?.key).toBe('areas');
    expect(entryForPath('/')?.key).toBe('home');
    expect(entryForPath('/areasx')).toBeUndefined();
  });

  // --- payments
  it('shows payrolls to those who prepare, approve and check them, and the village payment screen to payment agents only', () => {
    const withPayrolls = ALL_ROLES.filter((role) => navigationFor(role).some((e) => e.key === 'payrolls'));
    const withAgent = ALL_ROLES.filter((role) => navigationFor(role).some((e) => e.key === 'agent'));
    expect(withPayrolls).toEqual(['SOCIAL_WORKER', 'APPROVER', 'PROVINCE_OFFICER', 'AUDITOR', 'ADMIN']);
    expect(withAgent).toEqual(['PAYMENT_AGENT']);
    expect(entryForPath('/agent/payrolls/5f0c')?.key).toBe('agent');
    expect(entryForPath('/payrolls/5f0c')?.key).toBe('payrolls');
  });
});
