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
// left out keep their settings. USER_PROVISIONING takes Create and Update, INBOUND_PROVISIONING ImportRules and
// ImportSettings.
//
//okta:operation updateFeatureForApplication PUT /api/v1/apps/{appId}/features/{featureName}
func (s *AppsService) ReplaceFeature(ctx context.Context, appID string, name ApplicationFeatureName, capabilities *CapabilitiesObject) (*ApplicationFeature, *Response, error) {
	return send[*ApplicationFeature](ctx, s.client, newRequest(http.MethodPut, "/api/v1/apps/{appId}/features/{featureName}", appID, string(name)).withBody(capabilities))
}

// ApplicationFeatureName names an application feature.
type ApplicationFeatureName string

// ApplicationFeatureName values. Okta may send others; they decode as they are.
const (
	// ApplicationFeatureNameUserProvisioning is the "To App" provisioning feature of the Admin Console: Okta
	// pushes user profiles to the application.
	ApplicationFeatureNameUserProvisioning ApplicationFeatureName = "USER_PROVISIONING"
	// ApplicationFeatureNameInboundProvisioning is the "To Okta" provisioning feature of the Admin Console:
	// Okta imports user profiles from the application, on a schedule, by its import rules.
	ApplicationFeatureNameInboundProvisioning ApplicationFeatureName = "INBOUND_PROVISIONING"
)

// EnabledStatus says whether something is enabled.
type EnabledStatus string

// EnabledStatus values.
const (
	EnabledStatusDisabled EnabledStatus = "DISABLED"
	EnabledStatusEnabled  EnabledStatus = "ENABLED"
)

// ApplicationFeature is a feature of an application, such as provisioning users to it, and its settings. Its
// Name says which feature it is, and which members of its Capabilities it has: Create and Update for
// USER_PROVISIONING, ImportRules and ImportSettings for INBOUND_PROVISIONING.
type ApplicationFeature struct {
	Name   ApplicationFeatureName `json:"name,omitzero"`
	Status EnabledStatus          `json:"status,omitzero"`
	// Description is not in the 5.1.0 schema, but in its examples and Okta's responses.
	Description  string              `json:"description,omitzero"`
	Capabilities *CapabilitiesObject `json:"capabilities,omitzero"`
	Links        Links               `json:"_links,omitzero"`
	Extra        Extra               `json:"-"`
}

// CapabilitiesObject are the settings of an application feature. For USER_PROVISIONING they are Create and
// Update: what Okta does in the application when users are created or updated in Okta. For
// INBOUND_PROVISIONING (the API's CapabilitiesInboundProvisioningObject) they are ImportRules and
// ImportSettings: how and when Okta imports users from the application.
type CapabilitiesObject struct {
	Create *CapabilitiesCreateObject `json:"create,omitzero"`
	Update *CapabilitiesUpdateObject `json:"update,omitzero"`
	// ImportRules say how imported users are matched with Okta users and created (INBOUND_PROVISIONING).
	ImportRules *CapabilitiesImportRulesObject `json:"importRules,omitzero"`
	// ImportSettings say when users are imported and which Okta username they get (INBOUND_PROVISIONING).
	ImportSettings *CapabilitiesImportSettingsObject `json:"importSettings,omitzero"`
	Extra          Extra                             `json:"-"`
}

// CapabilitiesImportRulesObject are the rules of an INBOUND_PROVISIONING feature.
type CapabilitiesImportRulesObject struct {
	UserCreateAndMatch *CapabilitiesImportRulesUserCreateAndMatchObject `json:"userCreateAndMatch,omitzero"`
	Extra              Extra                                            `json:"-"`
}

// CapabilitiesImportRulesUserCreateAndMatchObject says how imported users are matched with Okta users, and
// which are confirmed and activated without an administrator.
type CapabilitiesImportRulesUserCreateAndMatchObject struct {
	// AllowPartialMatch allows a partial match: an imported user whose first and last names, but not username
	// or email, match an Okta user's.
	AllowPartialMatch *bool `json:"allowPartialMatch,omitzero"`
	// AutoActivateNewUsers activates imported new users.
	AutoActivateNewUsers *bool `json:"autoActivateNewUsers,omitzero"`
	// AutoConfirmExactMatch confirms exactly matched users; when false an administrator confirms them.
	AutoConfirmExactMatch *bool `json:"autoConfirmExactMatch,omitzero"`
	// AutoConfirmNewUsers confirms imported new users (not those that already exist in Okta).
	AutoConfirmNewUsers *bool `json:"autoConfirmNewUsers,omitzero"`
	// AutoConfirmPartialMatch confirms partially matched users; when false an administrator confirms them.
	AutoConfirmPartialMatch *bool `json:"autoConfirmPartialMatch,omitzero"`
	// ExactMatchCriteria is the attribute an exact match compares.
	ExactMatchCriteria ImportExactMatchCriteria `json:"exactMatchCriteria,omitzero"`
	Extra              Extra                    `json:"-"`
}

// ImportExactMatchCriteria is the attribute that matches an imported user exactly with an Okta user.
type ImportExactMatchCriteria string

// ImportExactMatchCriteria values. Okta may send others; they decode as they are.
const (
	ImportExactMatchCriteriaEmail    ImportExactMatchCriteria = "EMAIL"
	ImportExactMatchCriteriaUsername ImportExactMatchCriteria = "USERNAME"
)

// CapabilitiesImportSettingsObject are the import settings of an INBOUND_PROVISIONING feature.
type CapabilitiesImportSettingsObject struct {
	Schedule *ImportScheduleObject `json:"schedule,omitzero"`
	Username *ImportUsernameObject `json:"username,omitzero"`
	Extra    Extra                 `json:"-"`
}

// ImportScheduleObject says when Okta imports users from an application.
type ImportScheduleObject struct {
	// FullImport is the schedule of full imports.
	FullImport *ImportScheduleSettings `json:"fullImport,omitzero"`
	// IncrementalImport is the schedule of incremental imports.
	IncrementalImport *ImportScheduleSettings `json:"incrementalImport,omitzero"`
	// Status says whether scheduled imports are enabled.
	Status EnabledStatus `json:"status,omitzero"`
	Extra  Extra         `json:"-"`
}

// ImportScheduleSettings is an import schedule.
type ImportScheduleSettings struct {
	// Expression is the schedule in UNIX cron format, such as "00 21 * * Mon,Thu,Fri,Sat".
	Expression string `json:"expression,omitzero"`
	// Timezone is the IANA name of the schedule's time zone, such as "America/Los_Angeles".
	Timezone string `json:"timezone,omitzero"`
	Extra    Extra  `json:"-"`
}

// ImportUsernameObject says which Okta username an imported user gets.
type ImportUsernameObject struct {
	// UserNameExpression is the Okta Expression Language expression of the username, with
	// ImportUsernameFormatCustom.
	UserNameExpression string `json:"userNameExpression,omitzero"`
	// UsernameFormat is the username's format; Okta's default is EMAIL.
	UsernameFormat ImportUsernameFormat `json:"usernameFormat,omitzero"`
	Extra          Extra                `json:"-"`
}

// ImportUsernameFormat is the format of the Okta username of an imported user.
type ImportUsernameFormat string

// ImportUsernameFormat values. Okta may send others; they decode as they are.
const (
	// ImportUsernameFormatEmail makes the username the user's email address.
	ImportUsernameFormatEmail ImportUsernameFormat = "EMAIL"
	// ImportUsernameFormatCustom makes the username with ImportUsernameObject.UserNameExpression.
	ImportUsernameFormatCustom ImportUsernameFormat = "CUSTOM"
)

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

// ReplaceRequest returns the body that AppsService.ReplaceFeature takes for f: its capabilities.
func (f *ApplicationFeature) ReplaceRequest() *CapabilitiesObject { return f.Capabilities }
