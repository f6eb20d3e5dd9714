export {
  type ApiTokenView,
  apiTokenView,
  authenticateApiToken,
  type CreateApiTokenInput,
  createApiToken,
  getApiToken,
  listApiTokens,
  revokeApiToken,
  TOKEN_PREFIX,
  type TokenPrincipal,
  tenantScopeOf,
  touchApiToken,
} from './api-tokens.ts';
