package okta

// IdentitySourcesService manages identity source sessions and bulk uploads. Reach it as client.IdentitySources.
type IdentitySourcesService service
