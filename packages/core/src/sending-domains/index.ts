export { allPassed, checkRecords, mergeSpf, type RecordChecks, tagsOf } from './checks.ts';
export { assertSendableFrom, domainOfAddress, senderAddressOf } from './from-address.ts';
export { type RecheckRun, recheckEveryMs, recheckSendingDomains } from './recheck.ts';
export {
  dkimName,
  dkimValue,
  dmarcName,
  type ExpectedRecord,
  expectedRecords,
  generateDkimKey,
  returnPathName,
} from './records.ts';
export {
  addSendingDomain,
  checkSendingDomain,
  getSendingDomain,
  listSendingDomains,
  removeSendingDomain,
  type SendingDomainDeps,
  type SendingDomainView,
  sendingDomainView,
  verifySendingDomain,
} from './service.ts';
export { sendingDnsOf } from './settings.ts';
