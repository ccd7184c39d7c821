package okta

// ThreatInsightService manages the ThreatInsight configuration. Reach it as client.ThreatInsight.
type ThreatInsightService service
