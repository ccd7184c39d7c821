package okta

import (
	"context"
	"net/http"
)

// FeaturesService manages self-service features: the Early Access and Beta features an org can turn on and
// off itself, and the features they depend on. Reach it as client.Features.
type FeaturesService service

// List returns all the self-service features of the org.
//
//okta:operation listFeatures GET /api/v1/features
func (s *FeaturesService) List(ctx context.Context) ([]Feature, *Response, error) {
	return send[[]Feature](ctx, s.client, newRequest(http.MethodGet, "/api/v1/features"))
}

// Get retrieves a feature by ID.
//
//okta:operation getFeature GET /api/v1/features/{featureId}
func (s *FeaturesService) Get(ctx context.Context, featureID string) (*Feature, *Response, error) {
	return send[*Feature](ctx, s.client, newRequest(http.MethodGet, "/api/v1/features/{featureId}", featureID))
}

// ListDependencies returns the features a feature depends on: enabling it enables them.
//
//okta:operation listFeatureDependencies GET /api/v1/features/{featureId}/dependencies
func (s *FeaturesService) ListDependencies(ctx context.Context, featureID string) ([]Feature, *Response, error) {
	return send[[]Feature](ctx, s.client, newRequest(http.MethodGet, "/api/v1/features/{featureId}/dependencies", featureID))
}

// ListDependents returns the features that depend on a feature: disabling it disables them.
//
//okta:operation listFeatureDependents GET /api/v1/features/{featureId}/dependents
func (s *FeaturesService) ListDependents(ctx context.Context, featureID string) ([]Feature, *Response, error) {
	return send[[]Feature](ctx, s.client, newRequest(http.MethodGet, "/api/v1/features/{featureId}/dependents", featureID))
}

// ChangeLifecycle enables or disables a feature and returns it. Okta refuses to enable a feature whose
// dependencies are disabled, or to disable one whose dependents are enabled, unless opts.Mode is "force",
// which changes them too.
//
//okta:operation updateFeatureLifecycle POST /api/v1/features/{featureId}/{lifecycle}
func (s *FeaturesService) ChangeLifecycle(ctx context.Context, featureID string, lifecycle FeatureLifecycle, opts *FeaturesChangeLifecycleOptions) (*Feature, *Response, error) {
	return send[*Feature](ctx, s.client, newRequest(http.MethodPost, "/api/v1/features/{featureId}/{lifecycle}", featureID, string(lifecycle)).withQuery(opts))
}

// FeaturesChangeLifecycleOptions are the parameters of FeaturesService.ChangeLifecycle.
type FeaturesChangeLifecycleOptions struct {
	// Mode "force" also enables the feature's dependencies, or disables its dependents.
	Mode string `url:"mode"`
}

// FeatureLifecycle is the change ChangeLifecycle makes to a feature. The constants are spelled as the links of
// a Feature name them (enable, disable); Okta's current API description spells them in upper case (ENABLE,
// DISABLE), which Okta takes too and which FeatureLifecycle("ENABLE") sends as it is.
type FeatureLifecycle string

// FeatureLifecycle values.
const (
	// FeatureLifecycleDisable disables a feature, as the feature's disable link spells it.
	FeatureLifecycleDisable FeatureLifecycle = "disable"
	// FeatureLifecycleEnable enables a feature, as the feature's enable link spells it.
	FeatureLifecycleEnable FeatureLifecycle = "enable"
)

// Feature is a self-service feature. Its Links include helpDoc, dependencies and dependents, and the
// lifecycle operation (enable or disable) that applies.
type Feature struct {
	ID          string        `json:"id,omitzero"`
	Name        string        `json:"name,omitzero"`
	Description string        `json:"description,omitzero"`
	Type        FeatureType   `json:"type,omitzero"`
	Status      EnabledStatus `json:"status,omitzero"`
	Stage       *FeatureStage `json:"stage,omitzero"`
	Links       Links         `json:"_links,omitzero"`
	Extra       Extra         `json:"-"`
}

// FeatureType is the kind of a feature.
type FeatureType string

// FeatureType values.
const (
	FeatureTypeSelfService FeatureType = "self-service"
)

// FeatureStage is the release stage of a feature: Early Access, or a Beta open or closed to new orgs.
type FeatureStage struct {
	Value FeatureStageValue `json:"value,omitzero"`
	// State says whether a Beta is open; Early Access features have none.
	State FeatureStageState `json:"state,omitzero"`
	Extra Extra             `json:"-"`
}

// FeatureStageValue is a release stage.
type FeatureStageValue string

// FeatureStageValue values.
const (
	FeatureStageValueBeta FeatureStageValue = "BETA"
	FeatureStageValueEA   FeatureStageValue = "EA"
)

// FeatureStageState says whether a Beta feature is open to new orgs.
type FeatureStageState string

// FeatureStageState values.
const (
	FeatureStageStateClosed FeatureStageState = "CLOSED"
	FeatureStageStateOpen   FeatureStageState = "OPEN"
)
