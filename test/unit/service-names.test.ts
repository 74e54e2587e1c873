import { describe, expect, it } from 'vitest';
import { serviceContract } from '../../core/services/contract.js';
import { SERVICE_NAME_LIST } from '../../core/services/names.js';

describe('service names', () => {
  it('the preload list equals the contract, in order', () => {
    expect([...SERVICE_NAME_LIST]).toEqual(Object.keys(serviceContract));
  });
});
