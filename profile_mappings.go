package okta

// ProfileMappingsService manages profile mappings between apps, directories and Okta. Reach it as client.ProfileMappings.
type ProfileMappingsService service
