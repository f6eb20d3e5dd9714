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
