package okta

import (
	"context"
	"net/http"
	"time"
)

// ThreatInsightService reads and changes the org's ThreatInsight configuration: what Okta does with sign-in
// requests from IP addresses it finds suspicious. Reach it as client.ThreatInsight.
type ThreatInsightService service

// GetConfiguration retrieves the org's ThreatInsight configuration.
//
//okta:operation getCurrentConfiguration GET /api/v1/threats/configuration
func (s *ThreatInsightService) GetConfiguration(ctx context.Context) (*ThreatInsightConfiguration, *Response, error) {
	return send[*ThreatInsightConfiguration](ctx, s.client, newRequest(http.MethodGet, "/api/v1/threats/configuration"))
}

// UpdateConfiguration changes the org's ThreatInsight configuration to config (Action is required) and returns
// it.
//
//okta:operation updateConfiguration POST /api/v1/threats/configuration
func (s *ThreatInsightService) UpdateConfiguration(ctx context.Context, config *ThreatInsightConfiguration) (*ThreatInsightConfiguration, *Response, error) {
	return send[*ThreatInsightConfiguration](ctx, s.client, newRequest(http.MethodPost, "/api/v1/threats/configuration").withBody(config))
}

// ThreatInsightConfiguration is the org's ThreatInsight configuration.
//
// Okta has been seen to write Created and LastUpdated without a time zone ("2021-06-14 14:45:46"), which
// time.Time does not read. Such a value leaves the field zero and is kept, as sent, in Extra.
type ThreatInsightConfiguration struct {
	Action ThreatInsightAction `json:"action,omitzero"`
	// ExcludeZones are the IDs of the network zones whose requests are neither logged nor blocked.
	ExcludeZones []string  `json:"excludeZones,omitzero"`
	Created      time.Time `json:"created,omitzero"`
	LastUpdated  time.Time `json:"lastUpdated,omitzero"`
	Links        Links     `json:"_links,omitzero"`
	Extra        Extra     `json:"-"`
}

// ThreatInsightAction is how Okta responds to sign-in requests from suspicious IP addresses.
type ThreatInsightAction string

// ThreatInsightAction values.
const (
	// ThreatInsightActionNone turns ThreatInsight off.
	ThreatInsightActionNone ThreatInsightAction = "none"
	// ThreatInsightActionAudit logs suspicious requests in the System Log.
	ThreatInsightActionAudit ThreatInsightAction = "audit"
	// ThreatInsightActionBlock logs suspicious requests and blocks them.
	ThreatInsightActionBlock ThreatInsightAction = "block"
)
