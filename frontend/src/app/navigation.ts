/**
 * The side menu, in one table: each entry says which roles may see it. The router guards the
 * same pages with the same table, so a hidden item is also a closed door. Only pages that exist
 * are listed here.
 */
import {
  BarChartOutlined,
  CheckSquareOutlined,
  CloudUploadOutlined,
  EnvironmentOutlined,
  ExperimentOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  MobileOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UserOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import { ALL_ROLES, type Role } from '@/lib/current-user';

export interface NavEntry {
  key:
    | 'home'
    | 'people'
    | 'households'
    | 'imports'
    | 'areas'
    // --- ui-cases
    | 'work'
    | 'cases'
    | 'approvals'
    | 'entitlements'
    | 'processingTimes'
    | 'policies'
    | 'simulations'
    // --- ui-pay
    | 'payrolls'
    | 'agent';
  path: string;
  /** i18n key of the label */
  label: string;
  icon: ComponentType;
  roles: readonly Role[];
}

/** Who works with the registry of people and households (payment agents and integrators do not, in the SPA). */
const REGISTRY_READERS: readonly Role[] = ['SOCIAL_WORKER', 'APPROVER', 'PROVINCE_OFFICER', 'AUDITOR', 'ADMIN'];

export const NAVIGATION: readonly NavEntry[] = [
  { key: 'home', path: '/', label: 'menu.home', icon: HomeOutlined, roles: ALL_ROLES },
  { key: 'people', path: '/people', label: 'menu.people', icon: UserOutlined, roles: REGISTRY_READERS },
  { key: 'households', path: '/households', label: 'menu.households', icon: TeamOutlined, roles: REGISTRY_READERS },
  {
    key: 'imports',
    path: '/imports',
    label: 'menu.imports',
    icon: CloudUploadOutlined,
    roles: ['SOCIAL_WORKER', 'PROVINCE_OFFICER', 'ADMIN'],
  },
  {
    key: 'areas',
    path: '/areas',
    label: 'menu.areas',
    icon: EnvironmentOutlined,
    roles: ALL_ROLES.filter((role) => role !== 'PAYMENT_AGENT' && role !== 'INTEGRATOR'),
  },
  // --- ui-cases: cases, entitlements, policies
  { key: 'work', path: '/work', label: 'casefile.menu.work', icon: ScheduleOutlined, roles: ['SOCIAL_WORKER', 'APPROVER', 'PROVINCE_OFFICER', 'ADMIN'] },
  { key: 'cases', path: '/cases', label: 'casefile.menu.cases', icon: FolderOpenOutlined, roles: REGISTRY_READERS },
  { key: 'approvals', path: '/approvals', label: 'casefile.menu.approvals', icon: CheckSquareOutlined, roles: ['APPROVER', 'ADMIN'] },
  { key: 'entitlements', path: '/entitlements', label: 'entitlements.menu', icon: WalletOutlined, roles: REGISTRY_READERS },
  { key: 'processingTimes', path: '/processing-times', label: 'casefile.menu.processingTimes', icon: BarChartOutlined, roles: REGISTRY_READERS },
  { key: 'policies', path: '/policies', label: 'policies.menu.catalogue', icon: FileTextOutlined, roles: REGISTRY_READERS },
  // --- payments (issue 6): payrolls for the commune and province; the agent's own screen, mobile-first
  { key: 'payrolls', path: '/payrolls', label: 'payments.menu.payrolls', icon: WalletOutlined, roles: REGISTRY_READERS },
  { key: 'agent', path: '/agent', label: 'payments.menu.agent', icon: MobileOutlined, roles: ['PAYMENT_AGENT'] },
  { key: 'simulations', path: '/simulations', label: 'policies.menu.simulations', icon: ExperimentOutlined, roles: ['PROVINCE_OFFICER', 'ADMIN'] },
];

export function navigationFor(role: Role): NavEntry[] {
  return NAVIGATION.filter((entry) => entry.roles.includes(role));
}

export function rolesFor(key: NavEntry['key']): readonly Role[] {
  return NAVIGATION.find((entry) => entry.key === key)?.roles ?? [];
}

/** The entry a path belongs to: the longest matching prefix ("/areas/14" → areas). */
export function entryForPath(pathname: string): NavEntry | undefined {
  return [...NAVIGATION]
    .sort((a, b) => b.path.length - a.path.length)
    .find((entry) => (entry.path === '/' ? pathname === '/' : pathname === entry.path || pathname.startsWith(`${entry.path}/`)));
}
