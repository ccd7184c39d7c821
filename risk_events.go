package okta

// RiskEventsService sends risk events from third-party providers. Reach it as client.RiskEvents.
type RiskEventsService service
