// `qbo-reconnect/server/testing`: a mock Intuit for hosts' tests (never imported by the production path).
export { startMockIntuit } from './mock-intuit.js';
export type {
  AuthorizationRequest,
  CallLogEntry,
  FaultEndpoint,
  FaultKind,
  FaultSpec,
  MockCompany,
  MockIntuit,
  MockIntuitCalls,
  MockIntuitOptions,
  MockVendor,
  RealmFaultKind,
  SignInAnswer,
  SignInBehaviour,
  SignInBehaviourSource,
  SignInOptions,
  TokenReply,
} from './mock-intuit-types.js';
export { seedConnection } from './seed.js';
export type { SeedSpec } from './seed.js';
