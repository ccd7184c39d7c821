package okta

// SubscriptionsService manages notification subscriptions of roles and users. Reach it as client.Subscriptions.
type SubscriptionsService service
