package okta

// HookKeysService manages the keys that sign inline hook requests. Reach it as client.HookKeys.
type HookKeysService service
