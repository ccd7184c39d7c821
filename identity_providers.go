package okta

// IdentityProvidersService manages identity providers, their keys, signing credentials and linked users. Reach it as client.IdentityProviders.
type IdentityProvidersService service
