package okta

// RealmsService manages realms. Reach it as client.Realms.
type RealmsService service
