export {
  type ApiTokenView,
  apiTokenView,
  authenticateApiToken,
  type CreateApiTokenInput,
  createApiToken,
  getApiToken,
  listApiTokens,
  revokeApiToken,
  tenantScopeOf,
  TOKEN_PREFIX,
  type TokenPrincipal,
  touchApiToken,
} from './api-tokens.ts';
