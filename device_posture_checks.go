package okta

import (
	"context"
	"net/http"
	"time"
)

// DevicePostureChecksService manages device posture checks: the built-in and custom (osquery) checks of a
// device's state that device assurance policies can require. Reach it as client.DevicePostureChecks.
type DevicePostureChecksService service

// List returns the org's device posture checks, built-in and custom. The list is not paginated.
//
//okta:operation listDevicePostureChecks GET /api/v1/device-posture-checks
func (s *DevicePostureChecksService) List(ctx context.Context) ([]DevicePostureCheck, *Response, error) {
	return send[[]DevicePostureCheck](ctx, s.client, newRequest(http.MethodGet, "/api/v1/device-posture-checks"))
}

// ListDefaults returns the built-in device posture checks that Okta provides. The list is not paginated.
//
//okta:operation listDefaultDevicePostureChecks GET /api/v1/device-posture-checks/default
func (s *DevicePostureChecksService) ListDefaults(ctx context.Context) ([]DevicePostureCheck, *Response, error) {
	return send[[]DevicePostureCheck](ctx, s.client, newRequest(http.MethodGet, "/api/v1/device-posture-checks/default"))
}

// Create creates a custom device posture check.
//
//okta:operation createDevicePostureCheck POST /api/v1/device-posture-checks
func (s *DevicePostureChecksService) Create(ctx context.Context, check *DevicePostureCheck) (*DevicePostureCheck, *Response, error) {
	return send[*DevicePostureCheck](ctx, s.client, newRequest(http.MethodPost, "/api/v1/device-posture-checks").withBody(check))
}

// Get retrieves a device posture check by ID.
//
//okta:operation getDevicePostureCheck GET /api/v1/device-posture-checks/{postureCheckId}
func (s *DevicePostureChecksService) Get(ctx context.Context, postureCheckID string) (*DevicePostureCheck, *Response, error) {
	return send[*DevicePostureCheck](ctx, s.client, newRequest(http.MethodGet, "/api/v1/device-posture-checks/{postureCheckId}", postureCheckID))
}

// Replace replaces a custom device posture check with check.
//
//okta:operation replaceDevicePostureCheck PUT /api/v1/device-posture-checks/{postureCheckId}
func (s *DevicePostureChecksService) Replace(ctx context.Context, postureCheckID string, check *DevicePostureCheck) (*DevicePostureCheck, *Response, error) {
	return send[*DevicePostureCheck](ctx, s.client, newRequest(http.MethodPut, "/api/v1/device-posture-checks/{postureCheckId}", postureCheckID).withBody(check))
}

// Delete deletes a custom device posture check. Okta refuses while a device assurance policy uses it.
//
//okta:operation deleteDevicePostureCheck DELETE /api/v1/device-posture-checks/{postureCheckId}
func (s *DevicePostureChecksService) Delete(ctx context.Context, postureCheckID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/device-posture-checks/{postureCheckId}", postureCheckID))
}

// DevicePostureCheckType says whether a device posture check is Okta's or the org's own.
type DevicePostureCheckType string

// DevicePostureCheckType values. Okta may send others; they decode as they are.
const (
	DevicePostureCheckTypeBuiltin DevicePostureCheckType = "BUILTIN"
	DevicePostureCheckTypeCustom  DevicePostureCheckType = "CUSTOM"
)

// DevicePostureCheckPlatform is the platform a device posture check runs on.
type DevicePostureCheckPlatform string

// DevicePostureCheckPlatform values. Okta may send others; they decode as they are.
const (
	DevicePostureCheckPlatformMacOS   DevicePostureCheckPlatform = "MACOS"
	DevicePostureCheckPlatformWindows DevicePostureCheckPlatform = "WINDOWS"
)

// DevicePostureCheckMappingType is how a device assurance policy shows a device posture check.
type DevicePostureCheckMappingType string

// DevicePostureCheckMappingType values. Okta may send others; they decode as they are.
const (
	DevicePostureCheckMappingTypeCheckbox DevicePostureCheckMappingType = "CHECKBOX"
	DevicePostureCheckMappingTypeTextbox  DevicePostureCheckMappingType = "TEXTBOX"
)

// DevicePostureCheck is a device posture check.
type DevicePostureCheck struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// Description says what the check does, such as "Query macOS devices to check if firewall is enabled".
	Description string                     `json:"description,omitzero"`
	Type        DevicePostureCheckType     `json:"type,omitzero"`
	Platform    DevicePostureCheckPlatform `json:"platform,omitzero"`
	// Query is the osquery SQL of a custom check.
	Query string `json:"query,omitzero"`
	// VariableName names the check's result in device assurance policy expressions.
	VariableName        string                                 `json:"variableName,omitzero"`
	MappingType         DevicePostureCheckMappingType          `json:"mappingType,omitzero"`
	RemediationSettings *DevicePostureCheckRemediationSettings `json:"remediationSettings,omitzero"`
	// CreatedBy, CreatedDate, LastUpdatedBy and LastUpdate are read-only.
	CreatedBy     string    `json:"createdBy,omitzero"`
	CreatedDate   time.Time `json:"createdDate,omitzero"`
	LastUpdatedBy string    `json:"lastUpdatedBy,omitzero"`
	LastUpdate    time.Time `json:"lastUpdate,omitzero"`
	Links         Links     `json:"_links,omitzero"`
	Extra         Extra     `json:"-"`
}

// DevicePostureCheckRemediationSettings are what the user is told when a device fails a posture check.
type DevicePostureCheckRemediationSettings struct {
	Link    *DevicePostureCheckRemediationLink    `json:"link,omitzero"`
	Message *DevicePostureCheckRemediationMessage `json:"message,omitzero"`
	Extra   Extra                                 `json:"-"`
}

// DevicePostureCheckRemediationLink is the help page a failed check links to: Okta's default or the org's.
type DevicePostureCheckRemediationLink struct {
	DefaultURL string `json:"defaultUrl,omitzero"`
	CustomURL  string `json:"customUrl,omitzero"`
	Extra      Extra  `json:"-"`
}

// DevicePostureCheckRemediationMessage is the message a failed check shows: Okta's default or the org's.
type DevicePostureCheckRemediationMessage struct {
	DefaultI18nKey string `json:"defaultI18nKey,omitzero"`
	CustomText     string `json:"customText,omitzero"`
	Extra          Extra  `json:"-"`
}
