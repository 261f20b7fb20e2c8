import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubApi, unauthenticated } from '@/test/api-stub';
import { aUser } from '@/test/fixtures';
import { forgetUser, getMe, rememberedUser } from './get-me';

afterEach(() => forgetUser());

describe('getMe', () => {
  it('remembers the user, and answers with them when the network is down (an agent reloading offline)', async () => {
    stubApi().on('GET', '/api/v1/auth/me', () => json(aUser({ username: 'agent', role: 'PAYMENT_AGENT' })));
    expect((await getMe()).username).toBe('agent');

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await getMe()).toMatchObject({ username: 'agent', role: 'PAYMENT_AGENT' });
  });

  it('forgets the user when the API says the session is over, and then fails offline too', async () => {
    stubApi().on('GET', '/api/v1/auth/me', () => json(aUser()));
    await getMe();
    stubApi().on('GET', '/api/v1/auth/me', unauthenticated);
    await expect(getMe()).rejects.toMatchObject({ status: 401 });
    expect(rememberedUser()).toBeUndefined();

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(getMe()).rejects.toMatchObject({ code: 'client.network-error' });
  });
});
