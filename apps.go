package okta

// AppsService manages applications and their assigned users and groups, credentials, grants, tokens and
// features. Reach it as client.Apps.
type AppsService service
