package okta

// OrgSettingsService manages the org's settings, contacts, preferences and support. Reach it as client.OrgSettings.
type OrgSettingsService service
