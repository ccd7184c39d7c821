package okta

import (
	"context"
	"net/http"
	"time"
)

// RiskEventsService sends IP risk events to Okta on behalf of a third-party risk provider registered with
// RiskProvidersService. Reach it as client.RiskEvents.
type RiskEventsService service

// Send sends risk events to Okta, at most 20 per call; Okta allows 30 calls a minute, so send the high risk
// signals first when there are more. Okta accepts the events for processing (202 Accepted) and answers with no
// body. Risk providers call it as their OAuth 2.0 service app, with the okta.riskEvents.manage scope.
//
// Okta's current API description no longer lists this operation, which the 5.1.0 description has; the method
// is kept for orgs that still serve it.
//
//okta:operation sendRiskEvents POST /api/v1/risk/events/ip
func (s *RiskEventsService) Send(ctx context.Context, events []RiskEvent) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/risk/events/ip").withBody(events))
}

// RiskEvent is a risk signal about some IP addresses.
type RiskEvent struct {
	// Timestamp is when the event was produced.
	Timestamp time.Time `json:"timestamp,omitzero"`
	// ExpiresAt is when the event expires; Okta expires it 24 hours after it consumed it when it is not set.
	ExpiresAt time.Time          `json:"expiresAt,omitzero"`
	Subjects  []RiskEventSubject `json:"subjects,omitzero"`
	Extra     Extra              `json:"-"`
}

// RiskEventSubject is the risk level of one IP address.
type RiskEventSubject struct {
	// IP is an IPv4 or IPv6 address.
	IP        string                    `json:"ip,omitzero"`
	RiskLevel RiskEventSubjectRiskLevel `json:"riskLevel,omitzero"`
	// Message gives the reasons for the risk level: at most 512 letters, digits, spaces and ".-_".
	Message string `json:"message,omitzero"`
	Extra   Extra  `json:"-"`
}

// RiskEventSubjectRiskLevel is the risk level of an IP address.
type RiskEventSubjectRiskLevel string

// RiskEventSubjectRiskLevel values.
const (
	RiskEventSubjectRiskLevelHigh   RiskEventSubjectRiskLevel = "HIGH"
	RiskEventSubjectRiskLevelLow    RiskEventSubjectRiskLevel = "LOW"
	RiskEventSubjectRiskLevelMedium RiskEventSubjectRiskLevel = "MEDIUM"
)
