package okta

// PushProvidersService manages push notification providers. Reach it as client.PushProviders.
type PushProvidersService service
