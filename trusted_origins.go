package okta

// TrustedOriginsService manages trusted origins. Reach it as client.TrustedOrigins.
type TrustedOriginsService service
