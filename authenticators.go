package okta

// AuthenticatorsService manages authenticators and their methods. Reach it as client.Authenticators.
type AuthenticatorsService service
