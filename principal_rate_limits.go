package okta

// PrincipalRateLimitsService manages rate limits for principals (API tokens, OAuth clients). Reach it as client.PrincipalRateLimits.
type PrincipalRateLimitsService service
