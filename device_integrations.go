package okta

import (
	"context"
	"net/http"
)

// DeviceIntegrationsService manages the org's device integrations: the sources of device signals such as
// Chrome Device Trust, Windows Security Center, OSQuery, Android Device Trust or a device posture provider.
// Reach it as client.DeviceIntegrations.
type DeviceIntegrationsService service

// List returns the org's device integrations. The list is not paginated.
//
//okta:operation listDeviceIntegrations GET /api/v1/device-integrations
func (s *DeviceIntegrationsService) List(ctx context.Context) ([]DeviceIntegration, *Response, error) {
	return send[[]DeviceIntegration](ctx, s.client, newRequest(http.MethodGet, "/api/v1/device-integrations"))
}

// Get retrieves a device integration by ID.
//
//okta:operation getDeviceIntegration GET /api/v1/device-integrations/{deviceIntegrationId}
func (s *DeviceIntegrationsService) Get(ctx context.Context, deviceIntegrationID string) (*DeviceIntegration, *Response, error) {
	return send[*DeviceIntegration](ctx, s.client, newRequest(http.MethodGet, "/api/v1/device-integrations/{deviceIntegrationId}", deviceIntegrationID))
}

// Activate activates a device integration and sets up the configuration it needs.
//
//okta:operation activateDeviceIntegration POST /api/v1/device-integrations/{deviceIntegrationId}/lifecycle/activate
func (s *DeviceIntegrationsService) Activate(ctx context.Context, deviceIntegrationID string) (*DeviceIntegration, *Response, error) {
	return send[*DeviceIntegration](ctx, s.client, newRequest(http.MethodPost, "/api/v1/device-integrations/{deviceIntegrationId}/lifecycle/activate", deviceIntegrationID))
}

// Deactivate deactivates a device integration.
//
//okta:operation deactivateDeviceIntegration POST /api/v1/device-integrations/{deviceIntegrationId}/lifecycle/deactivate
func (s *DeviceIntegrationsService) Deactivate(ctx context.Context, deviceIntegrationID string) (*DeviceIntegration, *Response, error) {
	return send[*DeviceIntegration](ctx, s.client, newRequest(http.MethodPost, "/api/v1/device-integrations/{deviceIntegrationId}/lifecycle/deactivate", deviceIntegrationID))
}

// DeviceIntegration is a device integration (the API's DeviceIntegrations schema).
type DeviceIntegration struct {
	ID          string `json:"id,omitzero"`
	DisplayName string `json:"displayName,omitzero"`
	// Name is the integration's namespace, such as com.google.dtc.
	Name     DeviceIntegrationName      `json:"name,omitzero"`
	Platform DeviceIntegrationPlatform  `json:"platform,omitzero"`
	Status   DeviceIntegrationStatus    `json:"status,omitzero"`
	Metadata *DeviceIntegrationMetadata `json:"metadata,omitzero"`
	Links    Links                      `json:"_links,omitzero"`
	Extra    Extra                      `json:"-"`
}

// DeviceIntegrationMetadata is what Okta says about a device integration. The API describes three kinds, told
// apart by Type: CHROME (ServiceAccountName, ServiceAccountEmail), WORKSPACE_ONE (Provider, EnrollmentURL,
// IdPID) and DEVICE_IDP (IdPID). Like InlineHookChannel it is one flat type: the members of a kind Okta adds
// later are kept in Extra.
type DeviceIntegrationMetadata struct {
	Type                DeviceIntegrationMetadataType `json:"type,omitzero"`
	ServiceAccountName  string                        `json:"serviceAccountName,omitzero"`
	ServiceAccountEmail string                        `json:"serviceAccountEmail,omitzero"`
	Provider            string                        `json:"provider,omitzero"`
	EnrollmentURL       string                        `json:"enrollmentUrl,omitzero"`
	IdPID               string                        `json:"idpId,omitzero"`
	Extra               Extra                         `json:"-"`
}

// DeviceIntegrationMetadataType is the kind of a DeviceIntegrationMetadata.
type DeviceIntegrationMetadataType string

// DeviceIntegrationMetadataType values. Okta may send others; they decode as they are.
const (
	DeviceIntegrationMetadataTypeChrome       DeviceIntegrationMetadataType = "CHROME"
	DeviceIntegrationMetadataTypeWorkspaceOne DeviceIntegrationMetadataType = "WORKSPACE_ONE"
	DeviceIntegrationMetadataTypeDeviceIdP    DeviceIntegrationMetadataType = "DEVICE_IDP"
)

// DeviceIntegrationName is the namespace of a device integration.
type DeviceIntegrationName string

// DeviceIntegrationName values. Okta may send others; they decode as they are.
const (
	DeviceIntegrationNameAndroidZeroTrust      DeviceIntegrationName = "com.android.zero.trust"
	DeviceIntegrationNameCrowdStrikeZTA        DeviceIntegrationName = "com.crowdstrike.zta"
	DeviceIntegrationNameGoogleDTC             DeviceIntegrationName = "com.google.dtc"
	DeviceIntegrationNameOSQuery               DeviceIntegrationName = "com.okta.device.osquery"
	DeviceIntegrationNameDeviceIdP             DeviceIntegrationName = "com.okta.deviceidp"
	DeviceIntegrationNameWindowsSecurityCenter DeviceIntegrationName = "com.okta.windowssecuritycenter"
	DeviceIntegrationNameWorkspaceOne          DeviceIntegrationName = "com.okta.workspaceone"
)

// DeviceIntegrationPlatform is the platform of a device integration.
type DeviceIntegrationPlatform string

// DeviceIntegrationPlatform values. Okta may send others; they decode as they are.
const (
	DeviceIntegrationPlatformAndroid  DeviceIntegrationPlatform = "ANDROID"
	DeviceIntegrationPlatformChromeOS DeviceIntegrationPlatform = "CHROMEOS"
	DeviceIntegrationPlatformIOS      DeviceIntegrationPlatform = "IOS"
	DeviceIntegrationPlatformMacOS    DeviceIntegrationPlatform = "MACOS"
	DeviceIntegrationPlatformWindows  DeviceIntegrationPlatform = "WINDOWS"
)

// DeviceIntegrationStatus is whether a device integration is active.
type DeviceIntegrationStatus string

// DeviceIntegrationStatus values. Okta may send others; they decode as they are.
const (
	DeviceIntegrationStatusActive      DeviceIntegrationStatus = "ACTIVE"
	DeviceIntegrationStatusDeactivated DeviceIntegrationStatus = "DEACTIVATED"
)
