package okta

import (
	"context"
	"net/http"
)

// ListFeatures returns the features of an application. Okta answers with an error unless provisioning is
// enabled for the application (see UpdateDefaultProvisioningConnection).
//
//okta:operation listFeaturesForApplication GET /api/v1/apps/{appId}/features
func (s *AppsService) ListFeatures(ctx context.Context, appID string) ([]ApplicationFeature, *Response, error) {
	return send[[]ApplicationFeature](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/features", appID))
}

// GetFeature retrieves a feature of an application, such as ApplicationFeatureNameUserProvisioning.
//
//okta:operation getFeatureForApplication GET /api/v1/apps/{appId}/features/{featureName}
func (s *AppsService) GetFeature(ctx context.Context, appID string, name ApplicationFeatureName) (*ApplicationFeature, *Response, error) {
	return send[*ApplicationFeature](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/features/{featureName}", appID, string(name)))
}

// ReplaceFeature updates the capabilities of a feature of an application. It is a partial update: capabilities
// left out keep their settings.
//
//okta:operation updateFeatureForApplication PUT /api/v1/apps/{appId}/features/{featureName}
func (s *AppsService) ReplaceFeature(ctx context.Context, appID string, name ApplicationFeatureName, capabilities *CapabilitiesObject) (*ApplicationFeature, *Response, error) {
	return send[*ApplicationFeature](ctx, s.client, newRequest(http.MethodPut, "/api/v1/apps/{appId}/features/{featureName}", appID, string(name)).withBody(capabilities))
}

// ApplicationFeatureName names an application feature.
type ApplicationFeatureName string

// ApplicationFeatureName values. Okta may send others; they decode as they are.
const (
	// ApplicationFeatureNameUserProvisioning is the "To App" provisioning feature of the Admin Console.
	ApplicationFeatureNameUserProvisioning ApplicationFeatureName = "USER_PROVISIONING"
)

// EnabledStatus says whether something is enabled.
type EnabledStatus string

// EnabledStatus values.
const (
	EnabledStatusDisabled EnabledStatus = "DISABLED"
	EnabledStatusEnabled  EnabledStatus = "ENABLED"
)

// ApplicationFeature is a feature of an application, such as provisioning users to it, and its settings.
type ApplicationFeature struct {
	Name   ApplicationFeatureName `json:"name,omitzero"`
	Status EnabledStatus          `json:"status,omitzero"`
	// Description is not in the 5.1.0 schema, but in its examples and Okta's responses.
	Description  string              `json:"description,omitzero"`
	Capabilities *CapabilitiesObject `json:"capabilities,omitzero"`
	Links        Links               `json:"_links,omitzero"`
	Extra        Extra               `json:"-"`
}

// CapabilitiesObject are the settings of an application feature: what Okta does in the application when users
// are created or updated in Okta.
type CapabilitiesObject struct {
	Create *CapabilitiesCreateObject `json:"create,omitzero"`
	Update *CapabilitiesUpdateObject `json:"update,omitzero"`
	Extra  Extra                     `json:"-"`
}

// CapabilitiesCreateObject is what Okta does in an application when a user is assigned to it.
type CapabilitiesCreateObject struct {
	LifecycleCreate *LifecycleCreateSettingObject `json:"lifecycleCreate,omitzero"`
	Extra           Extra                         `json:"-"`
}

// CapabilitiesUpdateObject is what Okta does in an application when a user changes in Okta.
type CapabilitiesUpdateObject struct {
	LifecycleDeactivate *LifecycleDeactivateSettingObject `json:"lifecycleDeactivate,omitzero"`
	Password            *PasswordSettingObject            `json:"password,omitzero"`
	Profile             *ProfileSettingObject             `json:"profile,omitzero"`
	Extra               Extra                             `json:"-"`
}

// LifecycleCreateSettingObject says whether Okta creates users in the application.
type LifecycleCreateSettingObject struct {
	Status EnabledStatus `json:"status,omitzero"`
	Extra  Extra         `json:"-"`
}

// LifecycleDeactivateSettingObject says whether Okta deactivates users in the application when they are
// deactivated or unassigned in Okta.
type LifecycleDeactivateSettingObject struct {
	Status EnabledStatus `json:"status,omitzero"`
	Extra  Extra         `json:"-"`
}

// ProfileSettingObject says whether Okta pushes profile changes to the application.
type ProfileSettingObject struct {
	Status EnabledStatus `json:"status,omitzero"`
	Extra  Extra         `json:"-"`
}

// PasswordSettingObject says whether and how Okta pushes users' passwords to the application.
type PasswordSettingObject struct {
	Change ChangeEnum    `json:"change,omitzero"`
	Seed   SeedEnum      `json:"seed,omitzero"`
	Status EnabledStatus `json:"status,omitzero"`
	Extra  Extra         `json:"-"`
}

// ChangeEnum says whether Okta changes a user's existing password in the application.
type ChangeEnum string

// ChangeEnum values.
const (
	ChangeEnumChange       ChangeEnum = "CHANGE"
	ChangeEnumKeepExisting ChangeEnum = "KEEP_EXISTING"
)

// SeedEnum says which password Okta sets in the application: the user's Okta password or a random one.
type SeedEnum string

// SeedEnum values.
const (
	SeedEnumOkta   SeedEnum = "OKTA"
	SeedEnumRandom SeedEnum = "RANDOM"
)
