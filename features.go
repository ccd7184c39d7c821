package okta

// FeaturesService manages self-service features. Reach it as client.Features.
type FeaturesService service
