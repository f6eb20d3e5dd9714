export {
  type CertificateStatus,
  CustomHostnameApiError,
  type CustomHostnameState,
  type CustomHostnames,
  cloudflareCustomHostnames,
  customHostnamesFromVars,
  type HostnameRecord,
} from './custom-hostnames.ts';
export {
  DnsLookupFailed,
  dohResolver,
  fakeResolver,
  fakeTxtKey,
  parseTxtData,
  setFakeTxtRecords,
  type TxtResolver,
} from './resolvers.ts';
export {
  addDomain,
  type DomainDeps,
  type DomainView,
  domainView,
  getDomain,
  listDomains,
  removeDomain,
  txtRecordName,
  txtRecordValue,
  verifyDomain,
  vetHostname,
} from './service.ts';
