package okta

// RateLimitSettingsService manages the org's rate-limit settings. Reach it as client.RateLimitSettings.
type RateLimitSettingsService service
