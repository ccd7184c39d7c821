package okta

// UserFactorsService manages the factors (authenticators) enrolled for a user. Reach it as client.UserFactors.
type UserFactorsService service
