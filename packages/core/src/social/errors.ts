import { AppError } from '../errors.ts';

/** The deployment has no app credentials for this network, so it cannot be connected. */
export class SocialNetworkNotConfigured extends AppError {
  constructor(name: string) {
    super('social_network_not_configured', 409, `${name} is not set up on this Mewayz.`);
  }
}

/**
 * Connecting an account failed: the authorization expired or was refused, or the network would not
 * exchange the code. The network's own words are in the message; never a 5xx (424: a dependency).
 */
export class SocialConnectFailed extends AppError {
  constructor(message: string) {
    super('social_connect_failed', 424, message);
  }
}

/** A post names an account that is disconnected or needs a new authorization. */
export class SocialAccountUnavailable extends AppError {
  constructor(handle: string) {
    super('social_account_unavailable', 409, `${handle} needs to be connected again before posting to it.`);
  }
}
