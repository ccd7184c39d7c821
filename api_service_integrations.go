package okta

// APIServiceIntegrationsService manages API service integration instances and their secrets. Reach it as client.APIServiceIntegrations.
type APIServiceIntegrationsService service
