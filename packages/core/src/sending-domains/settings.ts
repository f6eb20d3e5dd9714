import { type SendingDnsSettings, sendingDnsSettingsOf } from '../campaigns/settings.ts';
import type { CoreDeps } from '../deps.ts';

/** The deployment's record targets; deps built without campaign settings (tests, scripts) get the defaults. */
export function sendingDnsOf(deps: CoreDeps): SendingDnsSettings {
  return deps.campaigns?.sendingDns ?? sendingDnsSettingsOf({}, deps.config.rootDomain);
}
