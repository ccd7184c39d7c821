package okta

// RiskProvidersService manages risk providers. Reach it as client.RiskProviders.
type RiskProvidersService service
