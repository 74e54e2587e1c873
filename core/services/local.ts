import { SERVICE_NAMES, type ServiceImplementation, type Services } from './contract.js';
import { dispatchService } from './dispatch.js';

/**
 * The services called in-process (the CLI, tests), through the same
 * validation as every transport.
 */
export function createLocalServices(implementation: ServiceImplementation): Services {
  return Object.fromEntries(
    SERVICE_NAMES.map((name) => [name, (input: unknown) => dispatchService(implementation, name, input)]),
  ) as Services;
}
