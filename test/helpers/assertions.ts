// Shared assertions: what a promise rejected with, asserting it is a ConnectionError.
import { expect } from '@open-wc/testing';
import { ConnectionError } from '../../src/core/errors.js';

export async function rejectionOf(promise: Promise<unknown>): Promise<ConnectionError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ConnectionError);
    return error as ConnectionError;
  }
  throw new Error('expected a rejection');
}
