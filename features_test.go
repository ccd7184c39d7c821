package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestFeaturesMethods(t *testing.T) {
	t.Parallel()
	feature := string(fixture(t, "features/getFeature/test_get_feature.1.json"))
	// An Early Access feature of the recorded list, enabled, as UpdateLifecycle would answer.
	enabled := `{"id": "ftrFDVSQ9wBWPnDqohOS", "type": "self-service", "status": "ENABLED", "name": "Allow end-users to quickly access everyday apps",
		"stage": {"value": "EA"}, "_links": {"disable": {"href": "https://test.okta.com/api/v1/features/ftrFDVSQ9wBWPnDqohOS/disable",
		"hints": {"allow": ["POST"]}}, "self": {"href": "https://test.okta.com/api/v1/features/ftrFDVSQ9wBWPnDqohOS"}}}`
	runAPICalls(t, []apiCall{
		{
			name: "List",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Features.List(ctx)
			},
			method: http.MethodGet, path: "/api/v1/features",
			response: []byte(string(fixture(t, "features/listFeatures/test_get_feature.0.json"))),
			check: func(t *testing.T, got any) {
				fs := got.([]Feature)
				if len(fs) < 3 || fs[0].Stage.Value != FeatureStageValueBeta || fs[0].Stage.State != FeatureStageStateOpen ||
					fs[2].Stage.State != "" || fs[2].Links.Href("enable") == "" || fs[0].Status != EnabledStatusDisabled || fs[0].Type != FeatureTypeSelfService {
					t.Errorf("got %+v", fs[:3])
				}
			},
		},
		{
			name: "Get",
			ids:  []string{"ftrBBUMpPWbXqutKZYcW"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Features.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/features/ftrBBUMpPWbXqutKZYcW",
			response: []byte(feature),
			check: func(t *testing.T, got any) {
				if f := got.(*Feature); f.Name != "Import Monitoring Dashboard" || f.Links.Href("helpDoc") == "" {
					t.Errorf("got %+v", f)
				}
			},
		},
		{
			name: "ListDependencies",
			ids:  []string{"ftr1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Features.ListDependencies(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/features/ftr1/dependencies",
			response: []byte(`[` + feature + `]`),
		},
		{
			name: "ListDependents",
			ids:  []string{"ftr1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Features.ListDependents(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/features/ftr1/dependents",
			response: []byte(`[]`),
		},
		{
			name: "UpdateLifecycle",
			ids:  []string{"ftrFDVSQ9wBWPnDqohOS", string(FeatureLifecycleEnable)},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Features.ChangeLifecycle(ctx, ids[0], FeatureLifecycle(ids[1]), &FeaturesChangeLifecycleOptions{Mode: "force"})
			},
			method: http.MethodPost, path: "/api/v1/features/ftrFDVSQ9wBWPnDqohOS/enable",
			query:    map[string]string{"mode": "force"},
			response: []byte(enabled),
			check: func(t *testing.T, got any) {
				if f := got.(*Feature); f.Status != EnabledStatusEnabled || f.Links.Href("disable") == "" {
					t.Errorf("got %+v", f)
				}
			},
		},
	})
}

func TestFeaturesRecorded(t *testing.T) {
	t.Parallel()
	list := func(t *testing.T, raw []byte) { assertRoundTrip[[]Feature](t, raw) }
	checkRecordedPayloads(t, "features", map[string]func(*testing.T, []byte){
		"listFeatures":            list,
		"getFeature":              func(t *testing.T, raw []byte) { assertRoundTrip[*Feature](t, raw) },
		"listFeatureDependencies": list,
		"listFeatureDependents":   list,
	})
}
