package okta

// InlineHooksService manages inline hooks. Reach it as client.InlineHooks.
type InlineHooksService service
