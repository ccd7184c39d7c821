package okta

// APITokensService manages API tokens. Reach it as client.APITokens.
type APITokensService service
