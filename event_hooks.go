package okta

// EventHooksService manages event hooks. Reach it as client.EventHooks.
type EventHooksService service
