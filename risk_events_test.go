package okta

import (
	"context"
	"net/http"
	"testing"
	"time"
)

func TestRiskEventsMethods(t *testing.T) {
	t.Parallel()
	runAPICalls(t, []apiCall{{
		name: "Send",
		call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return apiNoResult(c.RiskEvents.Send(ctx, []RiskEvent{{
				Timestamp: time.Date(2021, 1, 20, 0, 0, 0, 1e6, time.UTC),
				ExpiresAt: time.Date(2021, 1, 21, 0, 0, 0, 0, time.UTC),
				Subjects: []RiskEventSubject{
					{IP: "6.7.6.7", RiskLevel: RiskEventSubjectRiskLevelMedium},
					{IP: "1.1.1.1", RiskLevel: RiskEventSubjectRiskLevelHigh, Message: "Detected Attack tooling and suspicious activity"},
				},
			}}))
		},
		method: http.MethodPost, path: "/api/v1/risk/events/ip", status: http.StatusAccepted,
		body: `[{"timestamp": "2021-01-20T00:00:00.001Z", "expiresAt": "2021-01-21T00:00:00Z", "subjects": [
			{"ip": "6.7.6.7", "riskLevel": "MEDIUM"},
			{"ip": "1.1.1.1", "riskLevel": "HIGH", "message": "Detected Attack tooling and suspicious activity"}]}]`,
	}})
}

func TestRiskEventsRecorded(t *testing.T) {
	t.Parallel()
	checkRecordedPayloads(t, "risk_events", map[string]func(*testing.T, []byte){
		"requests/sendRiskEvents": func(t *testing.T, raw []byte) { assertRoundTrip[[]RiskEvent](t, raw) },
	})
}
