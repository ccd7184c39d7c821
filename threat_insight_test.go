package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestThreatInsightMethods(t *testing.T) {
	t.Parallel()
	runAPICalls(t, []apiCall{
		{
			name: "GetConfiguration",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.ThreatInsight.GetConfiguration(ctx)
			},
			method: http.MethodGet, path: "/api/v1/threats/configuration",
			response: []byte(string(fixture(t, "threat_insight/getCurrentConfiguration/test_get_threat_insight_configuration.0.json"))),
			check: func(t *testing.T, got any) {
				cfg := got.(*ThreatInsightConfiguration)
				var created string
				if _, err := cfg.Extra.Get("created", &created); err != nil || created != "2021-06-14 14:45:46" || !cfg.Created.IsZero() {
					t.Errorf("created = %q, field %v: want Okta's text kept in Extra", created, cfg.Created)
				}
				if cfg.Action != ThreatInsightActionAudit || len(cfg.ExcludeZones) != 0 || cfg.Links.Href("self") == "" {
					t.Errorf("configuration = %+v", cfg)
				}
			},
		},
		{
			name: "UpdateConfiguration",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.ThreatInsight.UpdateConfiguration(ctx, &ThreatInsightConfiguration{
					Action: ThreatInsightActionAudit, ExcludeZones: []string{"nzo1q7jEOsoCnoKcj0g4", "nzouagptWUz5DlLfM0g3"},
				})
			},
			method: http.MethodPost, path: "/api/v1/threats/configuration",
			body:     string(fixture(t, "threat_insight/requests/updateConfiguration.spec.ThreatInsightUpdateEx.json")),
			response: []byte(string(fixture(t, "threat_insight/updateConfiguration/spec.ThreatInsightUpdateEx.json"))),
		},
	})
}

func TestThreatInsightRecorded(t *testing.T) {
	t.Parallel()
	config := func(t *testing.T, raw []byte) { assertRoundTrip[*ThreatInsightConfiguration](t, raw) }
	checkRecordedPayloads(t, "threat_insight", map[string]func(*testing.T, []byte){
		"getCurrentConfiguration":      config,
		"updateConfiguration":          config,
		"requests/updateConfiguration": config,
	})
}
